package server

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// A search whose reader has gone away (its request context is done) still
// renders: it is not a server error.
func TestSearchIgnoresAGoneReader(t *testing.T) {
	h := newTestServer(t).Handler()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/nl/zoeken?q=welkom", nil).WithContext(ctx))
	if w.Code != http.StatusOK {
		t.Errorf("a search whose reader left: %d, want 200 (the answer is simply not delivered)", w.Code)
	}
}

// A panic in a handler answers 500 and writes one short line a minute, with
// no stack trace, however often it happens.
func TestPanicsLogShortAndRare(t *testing.T) {
	var logs bytes.Buffer
	s := &Server{log: slog.New(slog.NewTextHandler(&logs, nil))}
	h := s.recoverer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("render failed") }))
	for range 1000 {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/nl/zoeken?q=secret", nil))
		if w.Code != http.StatusInternalServerError {
			t.Fatalf("a panic answered %d, want 500", w.Code)
		}
	}
	if n := strings.Count(logs.String(), "\n"); n != 1 {
		t.Errorf("1,000 panics wrote %d lines; want 1:\n%.1000s", n, logs.String())
	}
	if strings.Contains(logs.String(), "goroutine") || strings.Contains(logs.String(), "secret") {
		t.Errorf("the log holds a stack trace or the query: %s", logs.String())
	}
}

// The query is cut before it is parsed: a long address with many
// parameters costs no more than a short one.
func TestSearchQueryCutBeforeParsing(t *testing.T) {
	long := "q=" + strings.Repeat("%C3%AB", 1000) + strings.Repeat("&x=1", 1000)
	if got := searchQuery(long); !strings.HasPrefix(got, "ëëë") || len(got) > maxRawQuery || strings.ContainsRune(got, '\uFFFD') {
		t.Errorf("the cut query is %d bytes, starting %.20q; want at most %d bytes of whole ë's", len(got), got, maxRawQuery)
	}
	for raw, want := range map[string]string{
		"q=hulp+nodig": "hulp nodig", "x=1&q=a%20b": "a b", "q=a&q=b": "a", "": "", "q=%zz": "", "qq=a": "",
	} {
		if got := searchQuery(raw); got != want {
			t.Errorf("searchQuery(%q) = %q, want %q", raw, got, want)
		}
	}
	short := func() { searchQuery("q=hulp") }
	many := func() { searchQuery("q=hulp" + strings.Repeat("&x=1", 2000)) }
	if a, b := testing.AllocsPerRun(10, short), testing.AllocsPerRun(10, many); b > a+2 {
		t.Errorf("a query with 2,000 parameters allocates %v times, a short one %v", b, a)
	}
	// Through the handler, the long query still finds what its start asks.
	h := newTestServer(t).Handler()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest("GET", "/nl/zoeken?q=welkom"+url.QueryEscape(" ")+strings.Repeat("&x=1", 1500), nil))
	if w.Code != 200 || !strings.Contains(w.Body.String(), "<mark>") {
		t.Errorf("a long search address: %d, no result marked", w.Code)
	}
}
