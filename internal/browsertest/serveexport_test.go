package browsertest

import (
	"io"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"signaal"
	"signaal/internal/build"
	"signaal/internal/export"
	"signaal/internal/lang"
	"signaal/internal/server"
)

// exportSite renders the site as `signaal export -base-url
// https://example.org` does and writes it into a temporary folder.
func exportSite(t testing.TB) (string, *build.Site) {
	t.Helper()
	site, err := server.Render(server.Config{
		Content: signaal.Content(), Static: signaal.Static(),
		BaseURL: "https://example.org", ExitURL: "https://www.buienradar.nl/", BrotliQuality: 1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := export.Write(site, dir); err != nil {
		t.Fatal(err)
	}
	return dir, site
}

// serveExport serves an export folder on 127.0.0.1 as a static host does,
// and returns its origin. It is the one place to switch to nginx or Caddy
// (deploy/): a small Go file server that adds the slash to a folder's
// address (keeping the query, as nginx and Caddy do), serves index.html,
// the stored .br or .gz when the browser takes it, each language's
// 404.html with status 404, and the server's security headers, the CSP
// above all.
func serveExport(t testing.TB, dir string) string {
	t.Helper()
	sec := build.SecurityHeaders()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range sec {
			w.Header()[k] = v
		}
		p := path.Clean("/" + r.URL.Path)
		name := filepath.Join(dir, filepath.FromSlash(p))
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			if !strings.HasSuffix(r.URL.Path, "/") {
				u := *r.URL
				u.Path += "/"
				http.Redirect(w, r, u.RequestURI(), http.StatusMovedPermanently)
				return
			}
			name = filepath.Join(name, "index.html")
		}
		status := http.StatusOK
		if _, err := os.Stat(name); err != nil {
			status = http.StatusNotFound
			name = filepath.Join(dir, "404.html")
			if c, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/"); lang.Valid(c) {
				name = filepath.Join(dir, c, "404.html")
			}
		}
		ct := mime.TypeByExtension(filepath.Ext(name))
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Vary", "Accept-Encoding")
		ae := r.Header.Get("Accept-Encoding")
		for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if strings.Contains(ae, enc.token) {
				if _, err := os.Stat(name + enc.ext); err == nil {
					w.Header().Set("Content-Encoding", enc.token)
					name += enc.ext
					break
				}
			}
		}
		body, err := os.ReadFile(name)
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		w.WriteHeader(status)
		_, _ = w.Write(body)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}
