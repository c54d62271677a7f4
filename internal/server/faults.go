package server

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// faultLog writes a fault (a panic, a page that would not render) as one
// short line, at most once a minute, with a count of the ones held back: a
// fault that one request can cause, every request can cause, and the log
// must stay readable and small. It never logs a stack trace, a query or an
// address.
type faultLog struct {
	mu   sync.Mutex
	last time.Time
	held int
}

// faultInterval is the least time between two fault lines.
const faultInterval = time.Minute

func (f *faultLog) log(lg *slog.Logger, what any) {
	f.mu.Lock()
	now := time.Now()
	if !f.last.IsZero() && now.Sub(f.last) < faultInterval {
		f.held++
		f.mu.Unlock()
		return
	}
	held := f.held
	f.last, f.held = now, 0
	f.mu.Unlock()
	lg.LogAttrs(context.Background(), slog.LevelError, "fault; answered 500",
		slog.Any("error", what), slog.Int("repeats_held_back", held))
}

// recoverer turns a panic in a handler into a 500 page and one short log
// line, where chi's Recoverer would print a stack trace for each. A panic
// with http.ErrAbortHandler is net/http's way to drop a connection on
// purpose, and goes on.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer s.recoverPanic(w)
		next.ServeHTTP(w, r)
	})
}

// recoverPanic answers 500 instead of dropping the connection.
func (s *Server) recoverPanic(w http.ResponseWriter) {
	if v := recover(); v != nil {
		if v == http.ErrAbortHandler {
			panic(v)
		}
		s.faults.log(s.log, v)
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
	}
}
