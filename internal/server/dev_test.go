package server

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"signaal/internal/devreload"
	"signaal/internal/sitetest"
)

// The reload script and its event stream exist only under -dev: production
// pages (and the 404 and search pages) carry no reload code, and the
// addresses are not there; dev pages load the script, served as a file.
func TestReloadCodeOnlyInDev(t *testing.T) {
	tag := `<script src="` + devreload.ScriptPath + `" defer></script>`
	get := func(h http.Handler, path string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		return w
	}
	prod := newTestServer(t)
	for _, f := range prod.Site().Files {
		if strings.Contains(string(f.Body), "/_dev/") {
			t.Errorf("production file %s mentions /_dev/", f.Path)
		}
	}
	ph := prod.Handler()
	for _, path := range []string{"/nl/", "/en/nothing/", "/nl/zoeken?q=welkom"} {
		if w := get(ph, path); strings.Contains(w.Body.String(), "/_dev/") {
			t.Errorf("production %s carries reload code", path)
		}
	}
	for _, path := range []string{devreload.ScriptPath, devreload.EventsPath} {
		if w := get(ph, path); w.Code != http.StatusNotFound {
			t.Errorf("production %s: %d, want 404", path, w.Code)
		}
	}

	dh := serve(t, NewDev, sitetest.FS(t, testSite)).Handler()
	for _, path := range []string{"/nl/", "/en/nothing/", "/nl/zoeken?q=welkom"} {
		if w := get(dh, path); !strings.Contains(w.Body.String(), tag) {
			t.Errorf("dev %s does not load the reload script", path)
		}
	}
	w := get(dh, devreload.ScriptPath)
	if w.Code != http.StatusOK || w.Header().Get("Content-Type") != "text/javascript; charset=utf-8" ||
		!strings.Contains(w.Body.String(), devreload.EventsPath) || w.Header().Get("Content-Security-Policy") == "" {
		t.Errorf("dev script: %d %v %.80q", w.Code, w.Header(), w.Body.String())
	}
	if csp := w.Header().Get("Content-Security-Policy"); strings.Contains(csp, "unsafe-inline") {
		t.Errorf("dev CSP allows inline code: %s", csp)
	}
	for _, m := range []string{"POST", "PUT"} {
		w := httptest.NewRecorder()
		dh.ServeHTTP(w, httptest.NewRequest(m, devreload.EventsPath, nil))
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: %d, Allow %q; want 405 and GET, HEAD", m, devreload.EventsPath, w.Code, w.Header().Get("Allow"))
		}
	}
}

// An open page hears of a rebuild: after Reload its stream carries a new
// version, and Close ends the stream.
func TestReloadReachesTheOpenPage(t *testing.T) {
	content := sitetest.FS(t, testSite)
	s := serve(t, NewDev, content)
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	resp, err := http.Get(ts.URL + devreload.EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	// A stream that never says what it should is cut, and the test fails.
	cut := time.AfterFunc(5*time.Second, func() { resp.Body.Close() })
	defer cut.Stop()
	if resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("stream: %d %v", resp.StatusCode, resp.Header)
	}
	version, streamErr := sitetest.Events(resp.Body)
	first := version()
	content["nl/index.md"] = sitetest.Page("title: Nieuw\ndescription: d\ntranslationKey: home\naudience: general\nlayout: home", "Nieuw.\n")
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if second := version(); second == "" || second == first {
		t.Errorf("after a rebuild the stream says %q (was %q)", second, first)
	}
	s.Close()
	if v := version(); v != "" || streamErr() != nil {
		t.Errorf("after Close the stream goes on: %q %v", v, streamErr())
	}
}
