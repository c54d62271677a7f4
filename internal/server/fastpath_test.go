package server

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"signaal/internal/site"
	"testing"
)

func TestAcceptedEncoding(t *testing.T) {
	tests := []struct {
		header []string
		want   string
	}{
		{nil, ""},
		{[]string{""}, ""},
		{[]string{"gzip, deflate, br"}, "br"},
		{[]string{"gzip"}, "gzip"},
		{[]string{"BR"}, "br"},
		{[]string{"br;q=0, gzip;q=0.5"}, "gzip"},
		{[]string{"br; q=0.0, gzip; q=0"}, ""},
		{[]string{"*"}, "br"},
		{[]string{"identity"}, ""},
		{[]string{"deflate", " br ;q=1"}, "br"},
		{[]string{"gzip;level=1;q=0.8"}, "gzip"},
		// An explicit refusal wins over "*", in either order, in any case.
		{[]string{"*, br;q=0"}, "gzip"},
		{[]string{"br;q=0, *"}, "gzip"},
		{[]string{"br;Q=0"}, ""},
		{[]string{"br;Q=0, *"}, "gzip"},
		{[]string{"*", "br;q=0"}, "gzip"},
		{[]string{"br ; q=0.000, gzip"}, "gzip"},
		{[]string{"*;q=0"}, ""},
		{[]string{"*;q=0, identity"}, ""},
		{[]string{"*;q=0, gzip"}, "gzip"},
		{[]string{"*;q=0.5, gzip;q=0"}, "br"},
		// Weights decide; br wins a tie.
		{[]string{"gzip;q=1, br;q=0.5"}, "gzip"},
		{[]string{"gzip;q=0.5, br;q=0.5"}, "br"},
		{[]string{"x-gzip"}, "gzip"},
		{[]string{"br;q=0.001"}, "br"},
		// Malformed weights are refusals.
		{[]string{"br;q=0.0000, gzip"}, "gzip"},
		{[]string{"br;q=abc, *"}, "gzip"},
		{[]string{"br;q=1.5"}, ""},
		{[]string{"br;q=-1"}, ""},
		{[]string{"br;q=+0.5"}, ""},
		{[]string{"br;q="}, ""},
		{[]string{"br;q=NaN"}, ""},
		{[]string{",,, ;; ,"}, ""},
	}
	for _, tt := range tests {
		if got := acceptedEncoding(tt.header); got != tt.want {
			t.Errorf("acceptedEncoding(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { acceptedEncoding([]string{"gzip, deflate, br;q=0.9, *;q=0"}) }); n != 0 {
		t.Errorf("acceptedEncoding allocates %v times a call", n)
	}
}

// The fast path answers exactly as the router does (the router answers
// every request while the debug log is on).
func TestFastPathMatchesRouter(t *testing.T) {
	fast := newTestServer(t)
	slow, err := New(site.Config{
		Content: testContent(), Static: fast.cfg.Static, BaseURL: fast.cfg.BaseURL, ExitURL: fast.cfg.ExitURL,
		BrotliQuality: fast.cfg.BrotliQuality,
		Logger:        slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelDebug})),
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slow.Handler().(*fastPath).debug || fast.Handler().(*fastPath).debug {
		t.Fatal("debug logging does not switch the fast path off")
	}
	etag := func(s *Server, accept string) string {
		w := httptest.NewRecorder()
		r := httptest.NewRequest("GET", "/nl/", nil)
		r.Header.Set("Accept-Encoding", accept)
		s.Handler().ServeHTTP(w, r)
		return w.Header().Get("ETag")
	}
	for _, tt := range []struct{ method, path, accept, inm string }{
		{"GET", "/nl/", "", ""},
		{"GET", "/nl/", "br, gzip", ""},
		{"GET", "/en/young-people/", "gzip", ""},
		{"HEAD", "/nl/", "br", ""},
		{"GET", "/nl/", "br", etag(fast, "br")},
		{"GET", "/nl/", "gzip", etag(fast, "br")},
		{"GET", "/nl/nothing/", "br", ""},
	} {
		resp := func(s *Server) *httptest.ResponseRecorder {
			r := httptest.NewRequest(tt.method, tt.path, nil)
			if tt.accept != "" {
				r.Header.Set("Accept-Encoding", tt.accept)
			}
			if tt.inm != "" {
				r.Header.Set("If-None-Match", tt.inm)
			}
			w := httptest.NewRecorder()
			s.Handler().ServeHTTP(w, r)
			return w
		}
		f, s := resp(fast), resp(slow)
		if f.Code != s.Code || !bytes.Equal(f.Body.Bytes(), s.Body.Bytes()) {
			t.Errorf("%s %s %q: fast %d (%d bytes), router %d (%d bytes)", tt.method, tt.path, tt.accept, f.Code, f.Body.Len(), s.Code, s.Body.Len())
		}
		for k := range s.Header() {
			if f.Header().Get(k) != s.Header().Get(k) {
				t.Errorf("%s %s %q: %s is %q fast, %q by the router", tt.method, tt.path, tt.accept, k, f.Header().Get(k), s.Header().Get(k))
			}
		}
		if len(f.Header()) != len(s.Header()) {
			t.Errorf("%s %s: fast headers %v, router %v", tt.method, tt.path, f.Header(), s.Header())
		}
		if tt.inm != "" && tt.accept == "br" && (f.Code != http.StatusNotModified || f.Header().Get("Content-Length") != "") {
			t.Errorf("matching ETag: %d %v", f.Code, f.Header())
		}
	}
}

// A request is answered without allocating in the handler.
func TestFastPathAllocations(t *testing.T) {
	h := newTestServer(t).Handler()
	r := httptest.NewRequest("GET", "/nl/", nil)
	r.Header.Set("Accept-Encoding", "gzip, deflate, br")
	w := &discard{h: http.Header{}}
	if n := testing.AllocsPerRun(100, func() { clear(w.h); h.ServeHTTP(w, r) }); n != 0 {
		t.Errorf("a page request allocates %v times", n)
	}
}
