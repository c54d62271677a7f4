package server

import (
	"errors"
	"fmt"
	"net/http"
)

// A serverError is an answer other than the one asked for: the status to
// send and, for a fault, the error behind it. Handlers that can fail return
// one to serveError instead of writing their own error pages, so each
// status is answered the same way on every route.
type serverError struct {
	status int
	err    error // the cause of a 500; nil for the others
}

func (e *serverError) Error() string {
	if e.err != nil {
		return fmt.Sprintf("%d: %v", e.status, e.err)
	}
	return http.StatusText(e.status)
}

func (e *serverError) Unwrap() error { return e.err }

// The answers a request can cause. They are values made once, so that a
// 404 or a 405 allocates nothing.
var (
	// errNotFound: no file at this address; the 404 page of its language.
	errNotFound = &serverError{status: http.StatusNotFound}
	// errMethod: the site only reads (GET and HEAD).
	errMethod = &serverError{status: http.StatusMethodNotAllowed}
	// errStarting: no site has been built yet.
	errStarting = &serverError{status: http.StatusServiceUnavailable}
	// errBusy: a bounded resource (the editor's event streams) is full.
	errBusy = &serverError{status: http.StatusServiceUnavailable}
)

// errorHandler turns a handler that can fail into an http.Handler: an
// error it returns is answered by serveError.
func (s *Server) errorHandler(f func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := f(w, r); err != nil {
			s.serveError(w, r, err)
		}
	}
}

// allowed is the Allow header of every address: the site only reads.
var allowed = []string{"GET, HEAD"}

// serveError answers an error: a 404 page in the request's language, 405
// with Allow, 503 while the site is being built or a limit is reached, and for anything else a
// plain 500 without details. Only a fault is logged, in one short line at
// most once a minute (see faultLog), and never with the address, the
// query or a header: the error says what broke, not who asked.
func (s *Server) serveError(w http.ResponseWriter, r *http.Request, err error) {
	var se *serverError
	if !errors.As(err, &se) {
		se = &serverError{status: http.StatusInternalServerError, err: err}
	}
	switch se.status {
	case http.StatusNotFound:
		if sv := s.served.Load(); sv != nil {
			send(w, r, sv.notFound[langOf(r.URL.Path)])
			return
		}
	case http.StatusMethodNotAllowed:
		w.Header()["Allow"] = allowed
	case http.StatusServiceUnavailable:
		w.Header().Set("Retry-After", "1")
	default:
		se.status = http.StatusInternalServerError
		s.faults.log(s.log, se.err)
	}
	w.Header().Set("Cache-Control", "no-store")
	http.Error(w, http.StatusText(se.status), se.status)
}
