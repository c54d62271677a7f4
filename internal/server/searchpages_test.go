package server

import (
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"regexp"
	"signaal/internal/site"
	"strings"
	"testing"

	"signaal"
)

// A search with more results than a page holds shows them a page at a
// time, with links to the others; odd page numbers give a page, never an
// error. The real site has more than 20 pages with "de"; the test follows
// however many result pages that makes.
func TestSearchPaging(t *testing.T) {
	s, err := New(site.Config{Content: signaal.Content(), Static: signaal.Static(), BaseURL: "https://signaal.example", BrotliQuality: 1, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	total := s.Site().Search["nl"].Search("de", 0).Total
	if total <= 20 {
		t.Fatalf("%d pages hold \"de\"; this test needs more than 20", total)
	}
	last := (total + 19) / 20 // the number of result pages, 20 a page
	item := regexp.MustCompile(`<li><h2><a href="([^"]+)"`)
	tests := []struct {
		name, target string
		page         int // the page shown
	}{
		{"first page", "/nl/zoeken?q=de", 1},
		{"second page", "/nl/zoeken?q=de&p=2", 2},
		{"past the end: the last page", "/nl/zoeken?q=de&p=99", last},
		{"not a number: the first page", "/nl/zoeken?q=de&p=twee", 1},
		{"negative: the first page", "/nl/zoeken?q=de&p=-3", 1},
		{"huge: the last page", "/nl/zoeken?q=de&p=99999999999999999999999", last},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest("GET", tt.target, nil))
			body := w.Body.String()
			if w.Code != 200 || w.Header().Get("Cache-Control") != "no-store" || w.Header().Get("X-Robots-Tag") != "noindex" {
				t.Fatalf("GET %s: %d, %q, %q", tt.target, w.Code, w.Header().Get("Cache-Control"), w.Header().Get("X-Robots-Tag"))
			}
			hits := item.FindAllStringSubmatch(body, -1)
			want := 20
			if tt.page == last {
				want = total - 20*(last-1)
			}
			if len(hits) != want {
				t.Errorf("%d results shown, want %d", len(hits), want)
			}
			if !strings.Contains(body, fmt.Sprintf("Pagina %d van %d", tt.page, last)) {
				t.Errorf("no \"Pagina %d van %d\"", tt.page, last)
			}
			switch tt.page {
			case 1:
				if !strings.Contains(body, `<a href="/nl/zoeken?p=2&amp;q=de" rel="next">Volgende</a>`) || strings.Contains(body, `rel="prev"`) {
					t.Error("page 1 must link to page 2 only")
				}
			case 2:
				if !strings.Contains(body, `<ol class="results" aria-label="Resultaten" start="21">`) || !strings.Contains(body, `<a href="/nl/zoeken?p=1&amp;q=de" rel="prev">Vorige</a>`) || strings.Contains(body, `rel="next"`) != (last > 2) {
					t.Error("page 2 must number from 21, link back to page 1, and link on only when there is a page 3")
				}
			}
			for _, m := range hits {
				if tt.target == "/nl/zoeken?q=de" || tt.target == "/nl/zoeken?q=de&p=2" {
					if seen[m[1]] {
						t.Errorf("%s on both pages", m[1])
					}
					seen[m[1]] = true
				}
			}
		})
	}
	if want := min(total, 40); len(seen) != want {
		t.Errorf("the first two pages show %d different results, want %d", len(seen), want)
	}
}

func TestSearchPageNumber(t *testing.T) {
	tests := []struct {
		raw  string
		want int
	}{
		{"q=de&p=2", 2},
		{"p=3&q=de", 3},
		{"q=de", 0},
		{"q=de&p=", 0},
		{"q=de&p=twee", 0},
		{"q=p%3D2", 0}, // "p=2" typed as the query is not a page number
		{"q=" + strings.Repeat("a", maxRawQuery) + "&p=2", 0}, // past what is read
	}
	for _, tt := range tests {
		if got := searchPageNumber(tt.raw); got != tt.want {
			t.Errorf("searchPageNumber(%.30q) = %d, want %d", tt.raw, got, tt.want)
		}
	}
}
