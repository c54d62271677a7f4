package statichost_test

import (
	"io"
	"log/slog"
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
	"signaal/internal/statichost"
)

// exportSite exports the real site as a publisher would, and returns the
// folder and the Go server's handler for the same content.
func exportSite(t *testing.T) (string, http.Handler) {
	t.Helper()
	cfg := site.Config{
		Content: signaal.Content(), Static: signaal.Static(), BaseURL: "https://example.org", ExitURL: "https://weather.example/",
		BrotliQuality: site.DefaultBrotliQuality, Logger: slog.New(slog.DiscardHandler),
	}
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "site")
	if _, err := export.Write(srv.Site(), dir); err != nil {
		t.Fatal(err)
	}
	// A file the publisher keeps beside the export, which must not be served.
	if err := os.MkdirAll(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".git", "HEAD"), []byte("ref: refs/heads/main\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, srv.Handler()
}

// client neither follows redirects nor asks for or undoes compression.
var client = &http.Client{
	Transport:     &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

type answer struct {
	status int
	header http.Header
	body   string
}

func get(t *testing.T, base, p string, header ...string) answer {
	t.Helper()
	req, err := http.NewRequest("GET", base+p, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return answer{resp.StatusCode, resp.Header, string(b)}
}

// goGet asks the Go server the same.
func goGet(h http.Handler, p string, header ...string) answer {
	r := httptest.NewRequest("GET", p, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return answer{w.Code, w.Header(), w.Body.String()}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// nginx and Caddy, each with its file from deploy/, serve an export as the
// Go server serves the site: the same security and cache headers, the
// stored .br and .gz files, the 404 page of the address's language with
// status 404, the root redirect by Accept-Language; nothing the export
// holds for static hosts or the publisher keeps beside it; and no trace of
// a visit in their logs.
func TestStaticHostsServeExport(t *testing.T) {
	dir, goServer := exportSite(t)
	css := ""
	entries, err := os.ReadDir(filepath.Join(dir, "static"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".css") {
			css = "/static/" + e.Name()
		}
	}
	if css == "" {
		t.Fatal("the export has no stylesheet")
	}
	hosts := map[string]func(testing.TB, string) *statichost.Server{"nginx": statichost.Nginx, "caddy": statichost.Caddy}
	for name, start := range hosts {
		t.Run(name, func(t *testing.T) {
			host := start(t, dir)

			// Headers: the security headers on every answer, 404s included,
			// and each file's cache policy and media type, as the Go server.
			for _, p := range []string{"/nl/", "/en/", css, "/sitemap.xml", "/manifest.webmanifest", "/en/no-such-page/", "/static/no-such-file.css"} {
				got, want := get(t, host.URL, p), goGet(goServer, p)
				if got.status != want.status {
					t.Errorf("%s: status %d, the Go server %d", p, got.status, want.status)
				}
				for k := range site.SecurityHeaders() {
					if g, w := got.header.Get(k), want.header.Get(k); g != w || g == "" {
						t.Errorf("%s: %s is %q, the Go server sends %q", p, k, g, w)
					}
				}
				if got.header.Get("Cross-Origin-Resource-Policy") != "same-origin" {
					t.Errorf("%s: Cross-Origin-Resource-Policy %q", p, got.header.Get("Cross-Origin-Resource-Policy"))
				}
				if g, w := got.header.Get("Cache-Control"), want.header.Get("Cache-Control"); g != w {
					t.Errorf("%s: Cache-Control %q, the Go server %q", p, g, w)
				}
				if g, w := sitetest.MediaType(got.header.Get("Content-Type")), sitetest.MediaType(want.header.Get("Content-Type")); g != w {
					t.Errorf("%s: Content-Type %q, the Go server %q", p, g, w)
				}
			}

			// The stored encodings, byte for byte.
			for _, enc := range []struct{ accept, encoding, ext string }{{"br, gzip", "br", ".br"}, {"gzip", "gzip", ".gz"}, {"", "", ""}} {
				for p, file := range map[string]string{"/nl/": "nl/index.html", css: strings.TrimPrefix(css, "/")} {
					got := get(t, host.URL, p, "Accept-Encoding", enc.accept)
					if got.status != 200 || got.header.Get("Content-Encoding") != enc.encoding || got.body != read(t, dir, file+enc.ext) {
						t.Errorf("%s with Accept-Encoding %q: status %d, Content-Encoding %q, %d bytes; want %s", p, enc.accept, got.status, got.header.Get("Content-Encoding"), len(got.body), file+enc.ext)
					}
					if enc.encoding != "" && !strings.Contains(got.header.Get("Vary"), "Accept-Encoding") {
						t.Errorf("%s: Vary %q lacks Accept-Encoding", p, got.header.Get("Vary"))
					}
				}
			}

			// A missing page: its language's 404 page, status 404, stored
			// encodings too.
			for _, tt := range []struct{ path, page string }{
				{"/en/no-such-page/", "en/404.html"}, {"/en/missing.html", "en/404.html"},
				{"/nl/bestaat-niet/", "nl/404.html"}, {"/no-such-thing", "nl/404.html"},
			} {
				for _, enc := range []struct{ accept, ext string }{{"", ""}, {"br", ".br"}} {
					got := get(t, host.URL, tt.path, "Accept-Encoding", enc.accept)
					if got.status != http.StatusNotFound || got.body != read(t, dir, tt.page+enc.ext) {
						t.Errorf("%s (Accept-Encoding %q): status %d, %d bytes; want 404 and %s", tt.path, enc.accept, got.status, len(got.body), tt.page+enc.ext)
					}
				}
			}

			// The root, by Accept-Language, as the Go server.
			for _, al := range []string{"en-GB,en;q=0.9", "en", "nl-NL,nl;q=0.9,en;q=0.8", "nl", ""} {
				got, want := get(t, host.URL, "/", "Accept-Language", al), goGet(goServer, "/", "Accept-Language", al)
				if got.status != http.StatusFound || got.header.Get("Location") != want.header.Get("Location") {
					t.Errorf("/ with Accept-Language %q: %d to %q, the Go server %d to %q", al, got.status, got.header.Get("Location"), want.status, want.header.Get("Location"))
				}
				if !strings.Contains(got.header.Get("Vary"), "Accept-Language") {
					t.Errorf("/: Vary %q lacks Accept-Language", got.header.Get("Vary"))
				}
			}

			// Nothing but the site.
			for _, p := range []string{"/" + export.HeadersFile, "/" + export.RedirectsFile, "/" + export.ManifestFile, "/.git/HEAD"} {
				if got := get(t, host.URL, p); got.status != http.StatusNotFound {
					t.Errorf("%s: status %d, want 404", p, got.status)
				}
			}
			if _, err := os.Stat(filepath.Join(dir, ".well-known")); err == nil {
				entries, _ := os.ReadDir(filepath.Join(dir, ".well-known"))
				for _, e := range entries {
					if p := "/.well-known/" + e.Name(); !strings.HasSuffix(p, ".br") && !strings.HasSuffix(p, ".gz") {
						if got := get(t, host.URL, p); got.status != http.StatusOK {
							t.Errorf("%s: status %d, want 200", p, got.status)
						}
					}
				}
			}

			if log := host.Log(); strings.Contains(log, "no-such-page") || strings.Contains(log, "bestaat-niet") || strings.Contains(log, "/en/") {
				t.Errorf("the server's log records the pages asked for:\n%s", log)
			}
		})
	}
}
