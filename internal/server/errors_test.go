package server

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// One error handler answers every error the same way on every route: the
// 404 page of the address's language, 405 with Allow, 503, and a plain 500
// that says nothing of its cause; only the 500 is logged, without the
// address, the query or a header.
func TestServeError(t *testing.T) {
	var logs bytes.Buffer
	s := newTestServer(t)
	s.log = slog.New(slog.NewTextHandler(&logs, nil))
	for _, tt := range []struct {
		err    error
		path   string
		status int
		body   string
		header string // "Key: value" that must be set
	}{
		{errNotFound, "/en/nothing/", 404, "This page does not exist", ""},
		{errNotFound, "/nl/niets", 404, "Deze pagina bestaat niet", ""},
		{fmt.Errorf("wrapped: %w", errNotFound), "/en/x", 404, `<html lang="en">`, ""},
		{errMethod, "/nl/", 405, "Method Not Allowed", "Allow: GET, HEAD"},
		{errStarting, "/nl/", 503, "Service Unavailable", "Retry-After: 1"},
		{errBusy, "/_dev/events", 503, "Service Unavailable", "Cache-Control: no-store"},
		{errors.New("template broke at secret-detail"), "/nl/zoeken?q=geheim", 500, "Internal Server Error", "Cache-Control: no-store"},
	} {
		r := httptest.NewRequest("GET", tt.path, nil)
		r.RemoteAddr = "203.0.113.7:5555"
		r.Header.Set("User-Agent", "TestAgent/1.0")
		w := httptest.NewRecorder()
		s.serveError(w, r, tt.err)
		if w.Code != tt.status || !strings.Contains(w.Body.String(), tt.body) {
			t.Errorf("%v on %s: %d %.60q; want %d with %q", tt.err, tt.path, w.Code, w.Body.String(), tt.status, tt.body)
		}
		if k, v, ok := strings.Cut(tt.header, ": "); ok && w.Header().Get(k) != v {
			t.Errorf("%v: %s is %q, want %q", tt.err, k, w.Header().Get(k), v)
		}
		if tt.status == 500 && strings.Contains(w.Body.String(), "secret-detail") {
			t.Errorf("the 500 page tells its cause: %q", w.Body.String())
		}
	}
	log := logs.String()
	if n := strings.Count(log, "\n"); n != 1 || !strings.Contains(log, "secret-detail") {
		t.Errorf("want one line, for the 500, naming its cause; got:\n%s", log)
	}
	for _, private := range []string{"geheim", "203.0.113.7", "TestAgent", "/nl/zoeken"} {
		if strings.Contains(log, private) {
			t.Errorf("the log holds %q: %s", private, log)
		}
	}
}

// Before the first site is built, pages, search and health answer 503.
func TestStartingAnswers503(t *testing.T) {
	s := &Server{log: slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil))}
	h := s.Handler()
	for _, path := range []string{"/healthz", "/nl/", "/nl/zoeken?q=x", "/en/nothing/"} {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
		if w.Code != http.StatusServiceUnavailable {
			t.Errorf("GET %s before the site is built: %d, want 503", path, w.Code)
		}
	}
}
