package server

import (
	"io"
	"log/slog"
	"net/http"
	"sync/atomic"
	"testing"

	"signaal"
	"signaal/internal/site"
	"signaal/internal/synth"
)

// discard is a ResponseWriter that keeps nothing, so the benchmark measures
// the handler and not a recorder.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) Write(b []byte) (int, error) { return len(b), nil }
func (d *discard) WriteHeader(int)             {}

// BenchmarkHandler measures the handler (the chi routing table and its
// middleware chain, as served) on every page of a 70-page-a-language
// site, in parallel, as a browser asks (Accept-Encoding: br, gzip): what a
// request costs once it is parsed, without the network.
func BenchmarkHandler(b *testing.B) {
	fsys, err := synth.Site(signaal.Content(), 70)
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(site.Config{Content: fsys, Static: signaal.Static(), BaseURL: "https://signaal.example",
		BrotliQuality: site.DefaultBrotliQuality, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	var reqs []*http.Request
	for _, p := range s.Site().Content.Pages {
		r, _ := http.NewRequest("GET", p.Path, nil)
		r.Header.Set("Accept-Encoding", "br, gzip")
		reqs = append(reqs, r)
	}
	var next atomic.Uint64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		w := &discard{h: http.Header{}}
		for pb.Next() {
			clear(w.h)
			h.ServeHTTP(w, reqs[next.Add(1)%uint64(len(reqs))])
		}
	})
}

// BenchmarkSearchPage measures a whole search request on the real site:
// the query, the page rendered around the results, and brotli, which every
// search pays because its page cannot be kept.
func BenchmarkSearchPage(b *testing.B) {
	s, err := New(site.Config{Content: signaal.Content(), Static: signaal.Static(), BaseURL: "https://signaal.example",
		BrotliQuality: site.DefaultBrotliQuality, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		b.Fatal(err)
	}
	h := s.Handler()
	r, _ := http.NewRequest("GET", "/nl/zoeken?q=wat+zijn+signalen+van+een+loverboy", nil)
	r.Header.Set("Accept-Encoding", "br, gzip")
	b.ReportAllocs()
	w := &discard{h: http.Header{}}
	for b.Loop() {
		clear(w.h)
		h.ServeHTTP(w, r)
	}
}
