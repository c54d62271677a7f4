package server

import (
	"context"
	"fmt"
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
// line (through serveError), where chi's Recoverer would print a stack
// trace for each. A panic with http.ErrAbortHandler is net/http's way to
// drop a connection on purpose, and goes on.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.serveError(w, r, fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}
