package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/andybalholm/brotli"
	"golang.org/x/net/html"

	"signaal/internal/sitetest"
)

func TestSearchPage(t *testing.T) {
	h := newTestServer(t).Handler()
	tests := []struct {
		name, target  string
		want, notWant []string
	}{
		{"finds a heading without its diaeresis", "/nl/zoeken?q=ideeen",
			[]string{`<a href="/nl/jongeren/#ideas">Jongeren</a>`, `<p class="result-section">Ideeën</p>`, `1 pagina gevonden.`}, nil},
		{"marks the matched word", "/nl/zoeken?q=welkom",
			[]string{`<mark>Welkom</mark>`, `<a href="/nl/">Signaal</a>`}, nil},
		{"English", "/en/search?q=idea",
			[]string{`<html lang="en">`, `<a href="/en/young-people/#ideas">Young people</a>`}, []string{"/nl/jongeren/#ideas"}},
		{"nothing found: help lines first", "/nl/zoeken?q=xylofoon",
			[]string{"Geen pagina gevonden", `href="tel:112"`, "Probeer een ander"}, []string{`class="results"`}},
		{"no query: the form and a hint", "/nl/zoeken",
			[]string{`<input id="search-q" name="q" type="search" value="" maxlength="200" autocomplete="off"`, "Typ een of meer woorden"}, []string{"gevonden"}},
		{"the switch leads to the other search page, without the query", "/nl/zoeken?q=welkom",
			[]string{`<a class="lang-switch" href="/en/search" hreflang="en"`}, []string{`href="/en/search?`}},
		{"kept out of search engines", "/nl/zoeken?q=welkom",
			[]string{`<meta name="robots" content="noindex">`}, nil},
		{"the title never holds the query", "/nl/zoeken?q=welkom",
			[]string{`<title>Zoeken · Signaal</title>`}, []string{`<title>welkom`, `welkom · Signaal`}},
		{"query shown escaped", "/nl/zoeken?q=" + url.QueryEscape(`"><script>alert(1)</script>`),
			[]string{`value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`}, []string{"<script>alert"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest("GET", tt.target, nil))
			if w.Code != 200 {
				t.Fatalf("GET %s = %d, want 200", tt.target, w.Code)
			}
			body := w.Body.String()
			for _, s := range tt.want {
				if !strings.Contains(body, s) {
					t.Errorf("GET %s: body lacks %s", tt.target, s)
				}
			}
			for _, s := range tt.notWant {
				if strings.Contains(body, s) {
					t.Errorf("GET %s: body holds %s", tt.target, s)
				}
			}
		})
	}
}

// The query goes into the page and nowhere else: not into the log, not into
// a header, not into a link the reader follows next. The log keeps method,
// path, status and duration of every request, and never the address, the
// User-Agent, the Referer or a query string.
func TestSearchQueryStaysPrivate(t *testing.T) {
	var logged bytes.Buffer
	s := newTestServer(t)
	s.log = slog.New(slog.NewTextHandler(&logged, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := s.Handler() // debug logging on: every request goes through the log
	const secret = "geheimwoord"
	for _, target := range []string{"/nl/zoeken?q=" + secret, "/en/search?q=welcome+" + secret, "/nl/zoeken?q=welkom&x=" + secret} {
		r := httptest.NewRequest("GET", target, nil)
		r.RemoteAddr = "203.0.113.7:5555"
		r.Header.Set("User-Agent", "TestAgent/1.0")
		r.Header.Set("Referer", "https://elsewhere.example/")
		r.Header.Set("Accept-Encoding", "gzip")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != 200 {
			t.Fatalf("GET %s = %d", target, w.Code)
		}
		for k, vs := range w.Header() {
			for _, v := range vs {
				if strings.Contains(v, secret) {
					t.Errorf("GET %s: header %s carries the query", target, k)
				}
			}
		}
		if _, ok := w.Header()["Set-Cookie"]; ok {
			t.Errorf("GET %s sets a cookie", target)
		}
		for k, want := range map[string]string{"Cache-Control": "no-store", "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer",
			"Strict-Transport-Security": "max-age=63072000; includeSubDomains", "Content-Encoding": "gzip"} {
			if got := w.Header().Get(k); got != want {
				t.Errorf("GET %s: %s = %q, want %q", target, k, got, want)
			}
		}
		zr, err := gzip.NewReader(w.Body)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(zr)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range sitetest.QueryAll(doc, "a") {
			if href := attr(a, "href"); strings.Contains(href, secret) || strings.Contains(href, "?") {
				t.Errorf("GET %s: link %q repeats the query", target, href)
			}
		}
	}
	// Ordinary pages, a redirect and a 404 are logged the same way.
	for _, target := range []string{"/nl/?" + secret, "/?q=" + secret, "/nl/niets?" + secret, "/en/young-people/?utm=" + secret} {
		r := httptest.NewRequest("GET", target, nil)
		r.RemoteAddr = "203.0.113.7:5555"
		r.Header.Set("User-Agent", "TestAgent/1.0")
		r.Header.Set("Referer", "https://elsewhere.example/")
		h.ServeHTTP(httptest.NewRecorder(), r)
	}
	log := logged.String()
	if !strings.Contains(log, "path=/nl/zoeken") || !strings.Contains(log, "path=/en/young-people/") || !strings.Contains(log, "status=404") {
		t.Fatalf("the request log is not on, so this test proves nothing:\n%s", log)
	}
	for _, leak := range []string{secret, "203.0.113.7", "TestAgent", "elsewhere.example", "q="} {
		if strings.Contains(log, leak) {
			t.Errorf("the log holds %q:\n%s", leak, log)
		}
	}
}

// Long and odd queries get a clean page, never a 500.
func TestSearchOddQueries(t *testing.T) {
	h := newTestServer(t).Handler()
	for name, raw := range map[string]string{
		"10,000 characters":    "q=" + strings.Repeat("ab", 5000),
		"10,000 words":         "q=" + strings.Repeat("a+", 10000),
		"control characters":   "q=%00%01%1b%7f%c2%80welkom",
		"invalid UTF-8":        "q=%ff%fe%c3",
		"broken escapes":       "q=%zz%2",
		"mixed scripts":        "q=" + url.QueryEscape("помощь 援助 مساعدة welkom 💔"),
		"bidi and zero-width":  "q=" + url.QueryEscape("wel\u202ekom\u200b\ufeff"),
		"many q parameters":    strings.Repeat("q=a&", 500),
		"only punctuation":     "q=" + url.QueryEscape(`!?.,;:"'()[]{}<>/\|`),
		"a thousand stopwords": "q=" + strings.Repeat("de+", 1000),
	} {
		t.Run(name, func(t *testing.T) {
			for _, enc := range []string{"", "br"} {
				r := httptest.NewRequest("GET", "/nl/zoeken?"+raw, nil)
				r.Header.Set("Accept-Encoding", enc)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != 200 {
					t.Fatalf("status %d, want 200", w.Code)
				}
				var body io.Reader = w.Body
				if enc == "br" {
					body = brotli.NewReader(w.Body)
				}
				doc, err := html.Parse(body)
				if err != nil {
					t.Fatal(err)
				}
				in := sitetest.Query(doc, "#search-q")
				if in == nil {
					t.Fatal("no search field")
				}
				v := attr(in, "value")
				if !utf8.ValidString(v) || utf8.RuneCountInString(v) > 200 || strings.ContainsAny(v, "\x00\x1b\u202e") {
					t.Errorf("the field shows %.40q (%d runes), want clean text of at most 200 runes", v, utf8.RuneCountInString(v))
				}
			}
		})
	}
}

func TestSearchMethods(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, tt := range []struct {
		method string
		want   int
	}{{"HEAD", 200}, {"POST", 405}, {"DELETE", 405}} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(tt.method, "/en/search?q=idea", nil))
		if w.Code != tt.want {
			t.Errorf("%s = %d, want %d", tt.method, w.Code, tt.want)
		}
		if tt.method == "HEAD" && (w.Body.Len() != 0 || w.Header().Get("Content-Length") == "") {
			t.Errorf("HEAD: %d bytes of body, Content-Length %q", w.Body.Len(), w.Header().Get("Content-Length"))
		}
	}
}

// Every page, the 404 pages and the search page carry the security headers.
func TestSecurityHeadersEverywhere(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, p := range []string{"/nl/", "/en/young-people/", "/nl/niets", "/nl/zoeken?q=a", "/healthz", "/"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", p, nil))
		for _, k := range []string{"Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "Permissions-Policy", "Strict-Transport-Security", "Cross-Origin-Opener-Policy"} {
			if w.Header().Get(k) == "" {
				t.Errorf("GET %s: no %s", p, k)
			}
		}
		if !strings.Contains(w.Header().Get("Content-Security-Policy"), "frame-ancestors 'none'") || strings.Contains(w.Header().Get("Content-Security-Policy"), "unsafe-inline") {
			t.Errorf("GET %s: CSP %q", p, w.Header().Get("Content-Security-Policy"))
		}
		if _, ok := w.Header()["Set-Cookie"]; ok {
			t.Errorf("GET %s sets a cookie", p)
		}
	}
}
