package browsertest

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"signaal"
	"signaal/internal/lang"
	"signaal/internal/server"
	"signaal/internal/site"
	"signaal/templates"
)

//go:embed probe.js
var probeJS string

// axePath is axe-core as `npm ci` installs it from package-lock.json.
const axePath = "node_modules/axe-core/axe.min.js"

// chromiumFlags are the flags the issue fixes for a quiet, local, throwaway
// browser: nothing phones home and every run starts from an empty profile.
var chromiumFlags = []string{
	"headless", "no-sandbox", "disable-gpu", "disable-quic", "no-first-run",
	"disable-background-networking", "disable-component-update", "disable-sync",
	"disable-dev-shm-usage",
}

var (
	browserOnce sync.Once
	browserCtx  context.Context
	browserErr  error
	browserStop = func() {}
)

func TestMain(m *testing.M) {
	code := m.Run()
	browserStop()
	os.Exit(code)
}

// chromiumPath finds the browser: $SIGNAAL_CHROMIUM, else chromium on $PATH.
func chromiumPath() (string, error) {
	if p := os.Getenv("SIGNAAL_CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium on PATH: run `make deps` (apt-get install -y chromium); the browser suite does not skip")
}

// browser starts one headless Chromium for the whole package, with a fresh
// profile, and returns its context. A missing browser fails the test.
func browser(t testing.TB) context.Context {
	t.Helper()
	browserOnce.Do(func() {
		path, err := chromiumPath()
		if err != nil {
			browserErr = err
			return
		}
		dir, err := os.MkdirTemp("", "signaal-chromium-")
		if err != nil {
			browserErr = err
			return
		}
		opts := []chromedp.ExecAllocatorOption{chromedp.ExecPath(path), chromedp.UserDataDir(dir), chromedp.Flag("hide-scrollbars", true)}
		for _, f := range chromiumFlags {
			opts = append(opts, chromedp.Flag(f, true))
		}
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		if err := chromedp.Do(bctx); err != nil {
			bcancel()
			acancel()
			os.RemoveAll(dir)
			browserErr = fmt.Errorf("starting %s: %w", path, err)
			return
		}
		browserCtx = bctx
		browserStop = func() { bcancel(); acancel(); os.RemoveAll(dir) }
	})
	if browserErr != nil {
		t.Fatalf("browser: %v", browserErr)
	}
	return browserCtx
}

// axeSource reads axe-core; without it the run fails with the fix to apply.
func axeSource(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("axe-core is missing (%v): run `make deps` (npm ci in internal/browsertest)", err)
	}
	return string(b)
}

// testSite is the Signaal site served on 127.0.0.1 from the embedded
// content, with its quick exit pointing at a second local server.
type testSite struct {
	URL  string // origin, no trailing slash
	Site *site.Site
	Exit *exitServer
}

// exitServer stands in for the neutral site of the quick exit and records
// every request it gets.
type exitServer struct {
	URL string // the exit URL the site links to
	mu  sync.Mutex
	log []*http.Request
}

func (e *exitServer) requests() []*http.Request {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]*http.Request(nil), e.log...)
}

var (
	siteOnce sync.Once
	theSite  *testSite
	siteErr  error
)

// liveSite starts the site once for the package.
func liveSite(t testing.TB) *testSite {
	t.Helper()
	siteOnce.Do(func() { theSite, siteErr = startSite() })
	if siteErr != nil {
		t.Fatalf("starting the site: %v", siteErr)
	}
	return theSite
}

func startSite() (*testSite, error) {
	exit := &exitServer{}
	es := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		exit.mu.Lock()
		exit.log = append(exit.log, r.Clone(context.Background()))
		exit.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!DOCTYPE html><html lang="nl"><title>Het weer</title><h1>Het weer</h1>`)
	}))
	exit.URL = es.URL + "/weer"

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	origin := "http://" + ln.Addr().String()
	srv, err := server.New(site.Config{
		Content: signaal.Content(), Static: signaal.Static(),
		BaseURL: origin, ExitURL: exit.URL, BrotliQuality: 1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		ln.Close()
		return nil, err
	}
	hs := &httptest.Server{Listener: ln, Config: &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}}
	hs.Start()
	return &testSite{URL: origin, Site: srv.Site(), Exit: exit}, nil
}

// searchWord is a word the search page finds on several pages.
var searchWord = map[lang.Code]string{lang.Dutch: "signalen", lang.English: "signs"}

// A target is one address the suite visits, with the status it must answer.
type target struct {
	Path   string
	Status int64
}

// targets lists every HTML page the build made, plus each language's 404
// page (reached through an address that does not exist), so new content is
// covered without editing this test.
func (s *testSite) targets() []target {
	var out []target
	for _, p := range s.Site.Paths() {
		f := s.Site.File(p)
		if f.Status == http.StatusOK && strings.HasPrefix(f.Header.Get("Content-Type"), "text/html") {
			out = append(out, target{p, http.StatusOK})
		}
	}
	for _, c := range lang.All {
		if s.Site.NotFound[c] != nil {
			out = append(out, target{"/" + string(c) + "/bestaat-niet-404/", http.StatusNotFound})
		}
		// The search page: empty, with results, with none, and a second
		// page of results; and the static host's search page, which
		// searches in the browser.
		for _, q := range []string{"", "?q=" + searchWord[c], "?q=xylofoon", "?q=de&p=2", "/?q=" + searchWord[c], "/?q=xylofoon"} {
			out = append(out, target{templates.SearchPath(c) + q, http.StatusOK})
		}
	}
	return out
}

// A viewport is a screen the suite looks through.
type viewport struct {
	Name          string
	Width, Height int64
	Mobile        bool // mobile emulation with touch
}

var (
	phone   = viewport{"375x667", 375, 667, true}
	desk    = viewport{"1280x800", 1280, 800, false}
	narrow  = viewport{"320x568", 320, 568, true}
	screens = []viewport{phone, desk}
)

func (v viewport) emulate() chromedp.Action[chromedp.Void] {
	opts := []chromedp.EmulateViewportOption{chromedp.EmulatePortrait}
	if v.Mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	if v.Width > v.Height {
		opts[0] = chromedp.EmulateLandscape
	}
	return chromedp.EmulateViewport(v.Width, v.Height, opts...)
}

// A tab is one browser tab in a browser context of its own, so storage of
// one tab never shows up in another. It records what the page does that the
// checks need to see: every request, script errors and CSP reports.
type tab struct {
	ctx    context.Context
	cancel context.CancelFunc

	mu       sync.Mutex
	requests []string
	errs     []string
}

// newTab opens a tab whose every new document gets axe-core and the probes
// before its own scripts run (faster than evaluating 500 kB per visit, and
// it works the same after a navigation the page makes itself).
func newTab(t testing.TB) *tab {
	t.Helper()
	axe := axeSource(t)
	ctx, cancel := chromedp.NewContext(browser(t), chromedp.WithNewBrowserContext())
	tb := &tab{ctx: ctx, cancel: cancel}
	// A tab in the background has no focus, and without focus there is no
	// :focus-visible; pretend every tab is in front.
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	for _, src := range []string{axe, probeJS} {
		if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
			cancel()
			t.Fatalf("adding the probes to the tab: %v", err)
		}
	}
	if err := chromedp.Listen(ctx, tb.record); err != nil {
		cancel()
		t.Fatalf("listening to the tab: %v", err)
	}
	return tb
}

// record runs in the tab's event loop: it only appends.
func (tb *tab) record(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, ev.Request.URL)
	case *network.EventWebSocketCreated:
		tb.requests = append(tb.requests, ev.URL)
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg = d.Exception.Description
		}
		tb.errs = append(tb.errs, "script error: "+firstLine(msg))
	case *log.EventEntryAdded:
		if ev.Entry.Source == log.EntrySourceSecurity || ev.Entry.Source == log.EntrySourceJavascript {
			tb.errs = append(tb.errs, string(ev.Entry.Source)+": "+firstLine(ev.Entry.Text))
		}
	}
}

// take returns what was recorded since the last call and starts afresh.
func (tb *tab) take() (requests, errs []string) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	requests, errs = tb.requests, tb.errs
	tb.requests, tb.errs = nil, nil
	return
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
