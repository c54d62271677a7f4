package export_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"signaal/internal/export"
	"signaal/internal/server"
)

// A rule of a _redirects file, as Netlify reads it.
type redirect struct {
	from, to, status string
	force            bool
	language         string // the Language= condition, if any
}

func parseRedirects(t *testing.T, data string) []redirect {
	t.Helper()
	var rules []redirect
	for n, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 3 {
			t.Fatalf("_redirects:%d: %q needs a source, a target and a status", n+1, line)
		}
		r := redirect{from: f[0], to: f[1], status: strings.TrimSuffix(f[2], "!"), force: strings.HasSuffix(f[2], "!")}
		for _, c := range f[3:] {
			k, v, ok := strings.Cut(c, "=")
			if !ok || k != "Language" {
				t.Fatalf("_redirects:%d: unknown condition %q", n+1, c)
			}
			r.language = v
		}
		rules = append(rules, r)
	}
	return rules
}

// apply answers a request as Netlify does: the first rule whose source
// matches, whose condition holds, and that is forced or has no file at
// the address to shadow.
func apply(rules []redirect, p, acceptLanguage string, exists func(string) bool) (status, to string) {
	for _, r := range rules {
		prefix, splat := strings.CutSuffix(r.from, "*")
		if !(p == r.from || (splat && strings.HasPrefix(p, prefix))) {
			continue
		}
		if r.language != "" && !strings.HasPrefix(strings.ToLower(acceptLanguage), r.language) {
			continue
		}
		if !r.force && exists(p) {
			continue
		}
		return r.status, r.to
	}
	return "", ""
}

// On Netlify the export's _redirects gives a missing page its language's
// 404 page with status 404, leaves every existing file alone, and sends
// the root where the Go server does for browsers that ask for English or
// for anything else.
func TestRedirects(t *testing.T) {
	cfg := configs(t)["real"]
	srv, err := server.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := export.Write(srv.Site(), dir); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, export.RedirectsFile))
	if err != nil {
		t.Fatal(err)
	}
	rules := parseRedirects(t, string(data))
	exists := func(p string) bool {
		_, err := os.Stat(filepath.Join(dir, filepath.FromSlash(export.FileName(p))))
		return err == nil
	}

	for _, al := range []string{"en-GB,en;q=0.9", "en", "nl-NL,nl;q=0.9", ""} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Accept-Language", al)
		w := httptest.NewRecorder()
		srv.Handler().ServeHTTP(w, r)
		status, to := apply(rules, "/", al, exists)
		if status != "302" || to != w.Header().Get("Location") {
			t.Errorf("/ with Accept-Language %q: %s to %q, the Go server %d to %q", al, status, to, w.Code, w.Header().Get("Location"))
		}
	}
	for _, tt := range []struct{ path, page string }{
		{"/en/no-such-page/", "/en/404.html"}, {"/nl/bestaat-niet/", "/nl/404.html"}, {"/no-such-thing", "/404.html"},
	} {
		status, to := apply(rules, tt.path, "", exists)
		if status != "404" || to != tt.page || !exists(to) {
			t.Errorf("%s: %s %q, want 404 with %s, which the export holds", tt.path, status, to, tt.page)
		}
		r := httptest.NewRequest("GET", tt.path, nil)
		w := httptest.NewRecorder()
		srv.Handler().ServeHTTP(w, r)
		if body, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(to))); w.Code != http.StatusNotFound || w.Body.String() != string(body) {
			t.Errorf("%s: the Go server answers %d with another page than %s", tt.path, w.Code, to)
		}
	}
	for _, e := range export.Entries(srv.Site()) {
		p := "/" + strings.TrimSuffix(e.Name, "index.html")
		if p == "/" {
			continue
		}
		if status, to := apply(rules, p, "en", exists); status != "" {
			t.Errorf("%s exists, yet a rule answers %s with %s", p, status, to)
		}
	}
}
