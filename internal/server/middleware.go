package server

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5/middleware"

	"signaal/internal/site"
)

// securityHeaders sets the headers of site.SecurityHeaders on every answer.
func securityHeaders(next http.Handler) http.Handler {
	headers := site.SecurityHeaders()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range headers {
			w.Header()[k] = v
		}
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
