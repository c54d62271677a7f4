// Command signaal serves, checks and exports the Signaal website.
//
//	signaal [serve] [-addr 127.0.0.1:8080] [-content DIR [-dev]] [-static DIR] [-base-url URL] [-max-conns N]
//	signaal check [-content DIR] [-report]
//	signaal export -out DIR -base-url URL [-content DIR]
//
// With no arguments it serves the embedded site. It only wires the pieces
// together; the work is done in internal/.
package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"signaal"
	"signaal/internal/content"
	"signaal/internal/devreload"
	"signaal/internal/export"
	"signaal/internal/httpserve"
	"signaal/internal/lang"
	"signaal/internal/readability"
	"signaal/internal/server"
	"signaal/internal/site"
	"signaal/templates"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	// The interface text is parsed before anything else, so that a broken
	// message file stops every command with the file's name.
	if err := lang.Load(); err != nil {
		fmt.Fprintf(stderr, "signaal: %v\n", err)
		return 1
	}
	switch cmd {
	case "serve":
		return serve(args, stderr)
	case "check":
		return check(args, stdout, stderr)
	case "export":
		return exportSite(args, stdout, stderr)
	default:
		fmt.Fprintf(stderr, "signaal: unknown command %q (serve, check, export)\n", cmd)
		return 2
	}
}

// contentFS returns the content tree: the embedded copy, or dir on disk,
// opened as an os.Root so that no symbolic link can lead a read outside it
// (content.Load also refuses such links, with the file named).
func contentFS(dir string) fs.FS {
	if dir == "" {
		return signaal.Content()
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return os.DirFS(dir) // Load reports the missing folders
	}
	return root.FS()
}

func serve(args []string, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	addr := fl.String("addr", "127.0.0.1:8080", "address to listen on")
	dir := fl.String("content", "", "read content from this folder instead of the embedded copy")
	dev := fl.Bool("dev", false, "the editor's loop: rebuild when content or static files change and reload the open pages (needs -content)")
	static := fl.String("static", "", "read static files from this folder instead of the embedded copy (with -dev: the static folder next to the content folder, when there is one)")
	baseURL := fl.String("base-url", devBaseURL, "public address of the site, for absolute links")
	exitURL := fl.String("exit-url", DefaultExitURL, "neutral site the quick exit button leads to")
	maxConns := fl.Int("max-conns", 0, "connections kept open at most; idle ones are closed first to stay under it (0: from the file limit, at most 10000)")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *dev && *dir == "" {
		fmt.Fprintln(stderr, "signaal serve: -dev reloads content from a folder: give it with -content, e.g. -dev -content content")
		return 2
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	warnDefaultBaseURL(log, *addr, *baseURL)
	staticDir, msg := staticFolder(*static, *dir, *dev)
	if msg != "" {
		fmt.Fprintln(stderr, msg)
		return 2
	}
	cfg := site.Config{
		Content: contentFS(*dir), Static: staticFS(staticDir),
		BaseURL: *baseURL, ExitURL: *exitURL, BrotliQuality: site.DefaultBrotliQuality,
		Check: readability.Check, Logger: log,
	}
	newServer := server.New
	if *dev {
		newServer = server.NewDev
		// Pages are rebuilt at every save: the fastest compression keeps
		// that quick; size does not matter on the editor's own machine.
		cfg.BrotliQuality = devBrotliQuality
		log.Info("dev: rebuilding on changes", "content", *dir, "static", cmp.Or(staticDir, "(embedded)"))
	}
	srv, err := newServer(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "%v\nsignaal: the content has problems; fix them and start again\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second signal stops at once
	}()
	if *dev {
		watched := []string{*dir}
		if staticDir != "" {
			watched = append(watched, staticDir)
		}
		if t := templTextFolder(); t != "" {
			// Under `make dev` templ writes the text of a .templ edit here
			// instead of restarting the server; a rebuild renders it.
			watched = append(watched, t)
		}
		go devreload.Watch(ctx, watched, 500*time.Millisecond, func() {
			if err := srv.Reload(); err != nil {
				log.Error("content reload failed; still serving the last good version", "problems", "\n"+err.Error())
			}
		})
	}
	raw, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "signaal: %v\n", err)
		return 1
	}
	ln := httpserve.NewListener(raw, *maxConns, log)
	hs := httpserve.NewServer(srv.Handler(), log)
	hs.ConnState = ln.Track
	hs.RegisterOnShutdown(srv.Close) // ends the editor's event streams
	log.Info("serving", "addr", "http://"+raw.Addr().String(), "max_conns", ln.Max())
	if err := httpserve.Run(ctx, hs, ln, log); err != nil {
		fmt.Fprintf(stderr, "signaal: %v\n", err)
		return 1
	}
	return 0
}

// DefaultExitURL is a neutral site (the weather) the quick exit leads to.
const DefaultExitURL = "https://www.buienradar.nl/"

func check(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("content", "", "check this folder instead of the embedded copy")
	report := fl.Bool("report", false, "print every page with its word count and readability score")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	built, err := content.Load(contentFS(*dir), content.Options{Check: readability.Check, Anchors: templates.Anchors})
	if *report && built != nil {
		if err := readability.Report(stdout, built.Pages); err != nil {
			fmt.Fprintf(stderr, "signaal check: writing the report: %v\n", err)
			return 1
		}
	}
	var ps content.Problems
	if errors.As(err, &ps) {
		fmt.Fprintln(stderr, ps.Error())
		fmt.Fprintf(stderr, "signaal check: %d problems\n", len(ps.Errors()))
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "signaal check: %v\n", err)
		return 1
	}
	if ps, err := renderedProblems(built); err != nil || len(ps) > 0 {
		if err != nil {
			fmt.Fprintf(stderr, "signaal check: %v\n", err)
		}
		fmt.Fprintln(stderr, append(ps, built.Warnings...).Error())
		fmt.Fprintf(stderr, "signaal check: %d problems\n", len(ps))
		return 1
	}
	for _, w := range built.Warnings {
		fmt.Fprintln(stderr, w.String())
	}
	fmt.Fprintf(stdout, "signaal check: %d pages, %d help lines, %d sources: ok\n", len(built.Pages), len(built.Helplines), len(built.Sources))
	return 0
}

// exportSite writes the site, rendered as serve renders it, to a folder a
// static host serves (see internal/export and the README).
func exportSite(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("export", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("out", "", "folder to write the site to: new, empty, or an earlier export (only the files it wrote are replaced)")
	dir := fl.String("content", "", "read content from this folder instead of the embedded copy")
	baseURL := fl.String("base-url", "", "public address of the site, for absolute links and QR codes (required), e.g. https://signaal.example.org")
	exitURL := fl.String("exit-url", DefaultExitURL, "neutral site the quick exit button leads to")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *out == "" {
		fmt.Fprintln(stderr, "signaal export: -out DIR is required")
		return 2
	}
	if msg := checkExportBaseURL(*baseURL); msg != "" {
		fmt.Fprintln(stderr, msg)
		return 2
	}
	start := time.Now()
	built, err := site.Build(site.Config{
		Content: contentFS(*dir), Static: signaal.Static(),
		BaseURL: *baseURL, ExitURL: *exitURL, BrotliQuality: site.DefaultBrotliQuality,
		Check: readability.Check, Logger: slog.New(slog.NewTextHandler(stderr, nil)),
	})
	if err != nil {
		fmt.Fprintf(stderr, "%v\nsignaal export: the content has problems; fix them and export again\n", err)
		return 1
	}
	rendered := time.Since(start)
	st, err := export.Options{ContentDir: *dir}.Write(built, *out)
	if err != nil {
		fmt.Fprintf(stderr, "signaal %v\n", err) // "signaal export: …"
		return 1
	}
	fmt.Fprintf(stdout, "signaal export: %d pages, %d files (%.1f MB) in %s (rendered in %s, written in %s)\n",
		len(built.Content.Pages), st.Files, float64(st.Bytes)/1e6, time.Since(start).Round(time.Millisecond),
		rendered.Round(time.Millisecond), (time.Since(start) - rendered).Round(time.Millisecond))
	return 0
}
