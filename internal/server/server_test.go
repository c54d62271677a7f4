package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/andybalholm/brotli"

	"signaal/internal/site"
	"signaal/internal/sitetest"
)

// testSite is a small two-language site: the kit's default, and a section
// in each language.
const testSite = `
-- nl/jongeren/index.md --
---
title: Jongeren
description: Voor jou
translationKey: youth
audience: youth
layout: section
reviewed: 2026-11-24
---
## Ideeën {#ideas}

Tekst.
-- en/young-people/index.md --
---
title: Young people
description: For you
translationKey: youth
audience: youth
layout: section
reviewed: 2026-11-24
---
## Ideas {#ideas}

Text.
`

// testConfig is how the tests serve content: a stylesheet and a script of a
// few bytes, the example addresses, and no log.
func testConfig(content fs.FS) site.Config {
	return site.Config{
		Content: content, Static: fstest.MapFS{"site.css": {Data: []byte("body{color:#000}")}, "site.js": {Data: []byte("//js")}},
		BaseURL: "https://signaal.example", ExitURL: "https://weather.example/", BrotliQuality: 5,
		Logger: slog.New(slog.DiscardHandler),
	}
}

// newTestServer serves testSite.
func newTestServer(t *testing.T) *Server {
	t.Helper()
	return serve(t, New, sitetest.FS(t, testSite))
}

// serve serves content with testConfig, as New serves it or as NewDev does
// for `signaal serve -dev`.
func serve(t *testing.T, start func(site.Config) (*Server, error), content fs.FS) *Server {
	t.Helper()
	s, err := start(testConfig(content))
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	return s
}

func TestRoutes(t *testing.T) {
	h := newTestServer(t).Handler()
	tests := []struct {
		name, method, path, accept string
		wantStatus                 int
		wantLocation               string
		wantBody                   []string
	}{
		{"health", "GET", "/healthz", "", 200, "", []string{"ok"}},
		{"root defaults to Dutch", "GET", "/", "", 302, "/nl/", nil},
		{"root follows Accept-Language", "GET", "/", "en-GB,en;q=0.9", 302, "/en/", nil},
		{"root falls back to Dutch", "GET", "/", "de-DE", 302, "/nl/", nil},
		{"Dutch home", "GET", "/nl/", "", 200, "", []string{`<html lang="nl">`, `<link rel="canonical" href="https://signaal.example/nl/">`,
			`<link rel="alternate" hreflang="en" href="https://signaal.example/en/">`, `<link rel="alternate" hreflang="x-default" href="https://signaal.example/nl/">`}},
		{"English section", "GET", "/en/young-people/", "", 200, "", []string{`<html lang="en">`, `<h2 id="ideas">Ideas</h2>`,
			`href="/nl/jongeren/" hreflang="nl"`, `<link rel="alternate" hreflang="x-default" href="https://signaal.example/nl/jongeren/">`}},
		{"missing slash", "GET", "/nl/jongeren", "", 301, "/nl/jongeren/", nil},
		{"unknown English page", "GET", "/en/nothing/", "", 404, "", []string{`<html lang="en">`, "This page does not exist"}},
		{"unknown Dutch page", "GET", "/nl/niets", "", 404, "", []string{`<html lang="nl">`, "Deze pagina bestaat niet"}},
		{"unknown other path", "GET", "/wp-admin", "", 404, "", []string{`<html lang="nl">`}},
		{"post refused", "POST", "/nl/", "", 405, "", nil},
		{"head", "HEAD", "/nl/", "", 200, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := httptest.NewRequest(tt.method, tt.path, nil)
			if tt.accept != "" {
				r.Header.Set("Accept-Language", tt.accept)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tt.wantStatus {
				t.Fatalf("status %d, want %d", w.Code, tt.wantStatus)
			}
			if got := w.Header().Get("Location"); got != tt.wantLocation {
				t.Errorf("Location %q, want %q", got, tt.wantLocation)
			}
			if tt.path == "/" && w.Header().Get("Vary") != "Accept-Language" {
				t.Errorf("redirect without Vary: Accept-Language")
			}
			if tt.method == "HEAD" && w.Body.Len() != 0 {
				t.Errorf("HEAD sent a body of %d bytes", w.Body.Len())
			}
			for _, want := range tt.wantBody {
				if !strings.Contains(w.Body.String(), want) {
					t.Errorf("body lacks %q", want)
				}
			}
			if w.Header().Get("Content-Security-Policy") == "" || w.Header().Get("Referrer-Policy") != "no-referrer" {
				t.Errorf("security headers missing: %v", w.Header())
			}
		})
	}
}

// Every page is free of double-escaped HTML and of raw HTML from Markdown.
func TestPagesWellEscaped(t *testing.T) {
	s := newTestServer(t)
	for _, p := range s.Site().Content.Pages {
		f := s.Site().File(p.Path)
		if f == nil {
			t.Fatalf("%s not rendered", p.Path)
		}
		body := string(f.Body)
		for _, bad := range []string{"&amp;lt;", "&amp;gt;", "&amp;amp;", "&amp;quot;", "<b>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q", p.Path, bad)
			}
		}
	}
}

func TestEncodingsAndETag(t *testing.T) {
	h := newTestServer(t).Handler()
	get := func(accept, inm string) *httptest.ResponseRecorder {
		r := httptest.NewRequest("GET", "/nl/", nil)
		r.Header.Set("Accept-Encoding", accept)
		if inm != "" {
			r.Header.Set("If-None-Match", inm)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	plain := get("", "")
	if plain.Header().Get("Content-Encoding") != "" || !strings.Contains(plain.Body.String(), "<!doctype html>") {
		t.Fatalf("identity response wrong: %v", plain.Header())
	}
	br := get("gzip, deflate, br", "")
	if br.Header().Get("Content-Encoding") != "br" || br.Header().Get("Vary") != "Accept-Encoding" {
		t.Fatalf("br not chosen: %v", br.Header())
	}
	dec, _ := io.ReadAll(brotli.NewReader(br.Body))
	if !bytes.Equal(dec, plain.Body.Bytes()) {
		t.Errorf("brotli body does not decode to the page")
	}
	gz := get("gzip", "")
	zr, err := gzip.NewReader(gz.Body)
	if err != nil || gz.Header().Get("Content-Encoding") != "gzip" {
		t.Fatalf("gzip not chosen: %v %v", err, gz.Header())
	}
	dec, _ = io.ReadAll(zr)
	if !bytes.Equal(dec, plain.Body.Bytes()) {
		t.Errorf("gzip body does not decode to the page")
	}
	if get("br;q=0, gzip", "").Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("br;q=0 was not honoured")
	}
	if br.Header().Get("ETag") == plain.Header().Get("ETag") {
		t.Errorf("encodings share an ETag")
	}
	if w := get("br", br.Header().Get("ETag")); w.Code != http.StatusNotModified || w.Body.Len() != 0 {
		t.Errorf("matching ETag: status %d, %d bytes", w.Code, w.Body.Len())
	}
	if w := get("br", `"other"`); w.Code != http.StatusOK {
		t.Errorf("other ETag: status %d", w.Code)
	}
}

func TestStaticAssetsHashed(t *testing.T) {
	s := newTestServer(t)
	var css string
	for _, p := range s.Site().Paths() {
		if strings.HasPrefix(p, "/static/site.") && strings.HasSuffix(p, ".css") {
			css = p
		}
	}
	if css == "" {
		t.Fatal("no hashed stylesheet")
	}
	if !strings.Contains(string(s.Site().File("/nl/").Body), `href="`+css+`"`) {
		t.Errorf("page does not link %s", css)
	}
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", css, nil))
	if w.Code != 200 || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/css") {
		t.Errorf("stylesheet served as %d %v", w.Code, w.Header())
	}
}

func TestBrokenContentRefusesToStart(t *testing.T) {
	fsys := sitetest.FS(t, testSite)
	delete(fsys, "en/young-people/index.md")
	_, err := New(testConfig(fsys))
	if err == nil || !strings.Contains(err.Error(), "nl/jongeren/index.md:4: no en translation") {
		t.Fatalf("err = %v", err)
	}
}

func TestReloadKeepsLastGoodSite(t *testing.T) {
	fsys := sitetest.FS(t, testSite)
	s := serve(t, New, fsys)
	before := s.Site()
	fsys["nl/index.md"] = &fstest.MapFile{Data: []byte("no front matter")}
	if err := s.Reload(); err == nil {
		t.Fatal("reload of broken content succeeded")
	}
	if s.Site() != before {
		t.Error("broken content replaced the site")
	}
	fsys["nl/index.md"] = sitetest.Page("title: Nieuw\ndescription: d\ntranslationKey: home\naudience: general\nlayout: home", "Nieuw.\n")
	if err := s.Reload(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(s.Site().File("/nl/").Body), "<h1>Nieuw</h1>") {
		t.Error("good content was not loaded")
	}
}

// Every route answers GET and HEAD, and every other method with 405 and an
// Allow header that names exactly the methods it answers; HEAD sends no body.
func TestMethodsAndAllow(t *testing.T) {
	h := newTestServer(t).Handler()
	routes := []string{"/healthz", "/", "/nl/", "/en/young-people/", "/nl/jongeren", "/nl/zoeken", "/en/search?q=x",
		"/sitemap.xml", "/robots.txt", "/nl/nothing/", "/wp-admin"}
	for _, path := range routes {
		get := httptest.NewRecorder()
		h.ServeHTTP(get, httptest.NewRequest("GET", path, nil))
		for _, m := range []string{"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"} {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(m, path, nil))
			switch m {
			case "GET":
				if w.Code == http.StatusMethodNotAllowed {
					t.Errorf("GET %s: 405", path)
				}
			case "HEAD":
				if w.Code != get.Code || w.Body.Len() != 0 {
					t.Errorf("HEAD %s: %d with %d bytes; GET gives %d, and HEAD has no body", path, w.Code, w.Body.Len(), get.Code)
				}
				if cl := w.Header().Get("Content-Length"); cl != "" && cl != get.Header().Get("Content-Length") {
					t.Errorf("HEAD %s: Content-Length %s, GET's is %s", path, cl, get.Header().Get("Content-Length"))
				}
			default:
				if w.Code != http.StatusMethodNotAllowed || strings.Join(w.Header().Values("Allow"), ", ") != "GET, HEAD" {
					t.Errorf("%s %s: %d, Allow %q; want 405 and Allow \"GET, HEAD\"", m, path, w.Code, w.Header().Values("Allow"))
				}
			}
		}
	}
}
