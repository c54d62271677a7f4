package server

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5/middleware"

	"signaal/internal/site"
)

// securityHeaders sets the headers of site.SecurityHeaders on every answer:
// the one place they are set, for every route.
func securityHeaders(next http.Handler) http.Handler {
	headers := newFields(site.SecurityHeaders())
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		headers.setOn(w.Header())
		next.ServeHTTP(w, r)
	})
}

// logRequests logs method, path, status and duration. It never logs the
// query string (a search), the client address or any header: a reader's
// visit leaves no trace that names them.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
		next.ServeHTTP(ww, r)
		s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", ww.Status(), "took", time.Since(start))
	})
}
