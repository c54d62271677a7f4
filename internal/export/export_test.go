package export_test

import (
	"bufio"
	"bytes"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"signaal"
	"signaal/internal/export"
	"signaal/internal/server"
	"signaal/internal/site"
	"signaal/internal/sitetest"
	"signaal/internal/synth"
)

// configs are the sites the agreement is checked on: the real one, and a
// synthetic one the size the real site will have (70 pages a language).
func configs(t *testing.T) map[string]site.Config {
	t.Helper()
	synthetic, err := synth.Site(signaal.Content(), 70)
	if err != nil {
		t.Fatal(err)
	}
	base := site.Config{
		Static: signaal.Static(), BaseURL: "https://signaal.example", ExitURL: "https://weather.example/",
		BrotliQuality: site.DefaultBrotliQuality, Logger: slog.New(slog.DiscardHandler),
	}
	real, syn := base, base
	real.Content, syn.Content = signaal.Content(), synthetic
	return map[string]site.Config{"real": real, "synthetic": syn}
}

// A rule of a _headers file.
type rule struct {
	pattern string
	header  http.Header
}

// parseHeaders reads a _headers file as Netlify and Cloudflare Pages do:
// a path pattern at the start of a line, then indented "Name: value" lines.
func parseHeaders(t *testing.T, data []byte) []rule {
	t.Helper()
	var rules []rule
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, rule{pattern: strings.TrimSpace(line), header: http.Header{}})
		default:
			name, value, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok || len(rules) == 0 {
				t.Fatalf("_headers:%d: %q is neither a path nor a header", n, line)
			}
			rules[len(rules)-1].header.Add(name, strings.TrimSpace(value))
		}
	}
	return rules
}

// headersFor merges the rules that match an address, joining a header set
// by two rules with a comma as the hosts do.
func headersFor(rules []rule, p string) http.Header {
	h := http.Header{}
	for _, r := range rules {
		prefix, wild := strings.CutSuffix(r.pattern, "*")
		if (wild && strings.HasPrefix(p, prefix)) || (!wild && p == r.pattern) {
			for k, vs := range r.header {
				if old := h.Get(k); old != "" {
					h.Set(k, old+", "+strings.Join(vs, ", "))
				} else {
					h.Set(k, strings.Join(vs, ", "))
				}
			}
		}
	}
	return h
}

// hostSets are the headers a static host makes itself, from the file and
// the request, rather than from _headers.
var hostSets = map[string]bool{
	"Content-Type": true, "Content-Length": true, "Content-Encoding": true,
	"Vary": true, "Etag": true, "Date": true, "Last-Modified": true,
}

// The export and the server agree: for every address, each encoding the
// server sends is byte for byte the exported file (or its .gz or .br), an
// encoding the server does not send is not exported, and the headers the
// server sends are those _headers gives a static host, or ones a host sets
// itself (with the content type a host derives from the file name).
func TestExportAgreesWithServer(t *testing.T) {
	for name, cfg := range configs(t) {
		t.Run(name, func(t *testing.T) {
			// Two renderings: the export's and the server's own. Agreement
			// also shows that rendering is deterministic.
			built, err := site.Build(cfg)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			if _, err := export.Write(built, dir); err != nil {
				t.Fatal(err)
			}
			srv, err := server.New(cfg)
			if err != nil {
				t.Fatal(err)
			}
			h := srv.Handler()
			hdrs, err := os.ReadFile(filepath.Join(dir, export.HeadersFile))
			if err != nil {
				t.Fatal(err)
			}
			rules := parseHeaders(t, hdrs)

			checked := 0
			for _, e := range export.Entries(built) {
				if e.Name == "index.html" {
					continue // the root: the server redirects instead; see TestRootPage
				}
				addr := "/" + strings.TrimSuffix(e.Name, "index.html")
				wantStatus := http.StatusOK
				if strings.HasSuffix(e.Name, "404.html") {
					wantStatus = http.StatusNotFound
				}
				for _, enc := range []struct{ accept, ext, contentEncoding string }{
					{"", "", ""}, {"gzip", ".gz", "gzip"}, {"br, gzip", ".br", "br"},
				} {
					r := httptest.NewRequest("GET", addr, nil)
					r.Header.Set("Accept-Encoding", enc.accept)
					w := httptest.NewRecorder()
					h.ServeHTTP(w, r)
					if w.Code != wantStatus {
						t.Errorf("%s: status %d, want %d", addr, w.Code, wantStatus)
						continue
					}
					file := filepath.Join(dir, filepath.FromSlash(e.Name)) + enc.ext
					got := w.Header().Get("Content-Encoding")
					if got != enc.contentEncoding {
						// The server sends identity: the host must not find
						// an encoded file to send instead.
						if _, err := os.Stat(file); err == nil && enc.ext != "" {
							t.Errorf("%s: server sends no %s but %s exists", addr, enc.contentEncoding, e.Name+enc.ext)
						}
						file = filepath.Join(dir, filepath.FromSlash(e.Name))
					}
					data, err := os.ReadFile(file)
					if err != nil {
						t.Errorf("%s: %v", addr, err)
						continue
					}
					if !bytes.Equal(data, w.Body.Bytes()) {
						t.Errorf("%s (%q): server sent %d bytes, export holds %d different ones in %s", addr, enc.accept, w.Body.Len(), len(data), file)
					}
					want := headersFor(rules, addr)
					for k := range want {
						if w.Header().Get(k) != want.Get(k) {
							t.Errorf("%s: %s is %q on the server, %q in _headers", addr, k, w.Header().Get(k), want.Get(k))
						}
					}
					for k := range w.Header() {
						if want.Get(k) == "" && !hostSets[k] {
							t.Errorf("%s: the server sends %s, which _headers lacks", addr, k)
						}
					}
					ct := want.Get("Content-Type")
					if ct == "" {
						ct = mime.TypeByExtension(filepath.Ext(e.Name))
					}
					if sitetest.MediaType(ct) != sitetest.MediaType(w.Header().Get("Content-Type")) {
						t.Errorf("%s: the server sends %q, a host sends %q for %s", addr, w.Header().Get("Content-Type"), ct, e.Name)
					}
					checked++
				}
			}
			if checked < 3*len(built.Content.Pages) {
				t.Errorf("checked %d responses for %d pages", checked, len(built.Content.Pages))
			}
		})
	}
}

// The root page sends the reader where the server's redirect sends a
// browser without a language preference, and it has the root's headers.
func TestRootPage(t *testing.T) {
	cfg := configs(t)["real"]
	built, err := site.Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	w := httptest.NewRecorder()
	srv.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/", nil))
	loc := w.Header().Get("Location")
	sitetest.Check(t, "the root page", built.Root.Body,
		sitetest.In(`html[lang="nl"] head meta[http-equiv="refresh"]`, sitetest.HasExactAttr("content", "0; url="+loc)),
		sitetest.In(`a[href="`+loc+`"]`), sitetest.In(`a[href="/en/"]`),
		sitetest.NotIn("script"), // it works without JavaScript
	)
	rules := parseHeaders(t, []byte(export.Headers(built)))
	if got := headersFor(rules, "/").Get("Cache-Control"); got != w.Header().Get("Cache-Control") {
		t.Errorf("root Cache-Control: _headers %q, server %q", got, w.Header().Get("Cache-Control"))
	}
}

func TestFileName(t *testing.T) {
	for _, tt := range []struct{ addr, want string }{
		{"/", "index.html"},
		{"/nl/", "nl/index.html"},
		{"/nl/jongeren/online/", "nl/jongeren/online/index.html"},
		{"/static/site.1a2b.css", "static/site.1a2b.css"},
		{"/sitemap.xml", "sitemap.xml"},
	} {
		if got := export.FileName(tt.addr); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.addr, got, tt.want)
		}
	}
}

// A folder whose files disagree on Cache-Control gets one rule per file;
// rules never overlap on a header.
func TestCacheRules(t *testing.T) {
	file := func(p, cc string) *site.File {
		return &site.File{Path: p, Header: http.Header{"Cache-Control": {cc}, "Content-Type": {"text/html"}}}
	}
	built := &site.Site{Files: map[string]*site.File{
		"/nl/":                 file("/nl/", site.PageCache),
		"/nl/a/":               file("/nl/a/", site.PageCache),
		"/static/x.css":        file("/static/x.css", site.StaticCache),
		"/mixed/a.txt":         file("/mixed/a.txt", site.PageCache),
		"/mixed/b.txt":         file("/mixed/b.txt", site.StaticCache),
		"/robots.txt":          file("/robots.txt", site.PageCache),
		"/unknown-no-cache.js": {Path: "/unknown-no-cache.js", Header: http.Header{}},
	}}
	got := map[string]string{}
	for _, r := range export.CacheRules(built) {
		got[r.Pattern] = r.CacheControl
	}
	want := map[string]string{
		"/nl/*": site.PageCache, "/static/*": site.StaticCache,
		"/mixed/a.txt": site.PageCache, "/mixed/b.txt": site.StaticCache, "/robots.txt": site.PageCache,
	}
	if len(got) != len(want) {
		t.Errorf("rules %v, want %v", got, want)
	}
	for p, cc := range want {
		if got[p] != cc {
			t.Errorf("rule %s: %q, want %q", p, got[p], cc)
		}
	}
}
