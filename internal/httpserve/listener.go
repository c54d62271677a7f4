package httpserve

import (
	"errors"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"sync"
	"syscall"
	"time"
)

// MaxConnsCeiling caps the connections a server keeps open when its file
// limit would allow more: an idle connection costs about 10 KB (a goroutine
// and its buffers), so 10,000 cost about 100 MB, which a small VPS has.
const MaxConnsCeiling = 10_000

// reservedFiles are file descriptors kept back from connections for the
// process itself: the listener, the runtime's poller, standard streams, and
// the content folder that -dev reads.
const reservedFiles = 64

// A Listener accepts connections up to a limit, and keeps that limit by
// closing the connections that do least for anyone first, as nginx does:
// idle keep-alive connections, oldest first, then connections that have
// not sent a request yet, oldest first. A connection that is answering is
// never closed. So a client holding thousands of idle connections (or more
// than the process may open files) never locks a new reader out: the reader
// costs an idle connection somebody else was keeping just in case.
//
// It must see every state change: set the server's ConnState to its Track.
type Listener struct {
	net.Listener
	max int
	log *slog.Logger

	mu    sync.Mutex
	conns map[net.Conn]tracked
	// logged limits the accept error and pressure messages to one per
	// interval each.
	acceptLog, shedLog *every
}

// tracked is what the Listener knows of an open connection.
type tracked struct {
	state http.ConnState // New, Active or Idle
	since time.Time      // when it entered the state
}

// NewListener wraps ln. limit is the number of connections kept open at
// most; 0 derives it from the process's file limit (see MaxConns).
func NewListener(ln net.Listener, limit int, lg *slog.Logger) *Listener {
	if limit <= 0 {
		limit = MaxConns()
	}
	return &Listener{
		Listener: ln, max: limit, log: lg, conns: map[net.Conn]tracked{},
		acceptLog: newEvery(time.Minute), shedLog: newEvery(time.Minute),
	}
}

// Max returns the number of connections the Listener keeps open at most.
func (l *Listener) Max() int { return l.max }

// Track records a connection's state; it is the server's ConnState hook.
func (l *Listener) Track(c net.Conn, s http.ConnState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch s {
	case http.StateClosed, http.StateHijacked:
		delete(l.conns, c)
	default:
		// A connection closed under pressure is gone from the map; a late
		// state change must not bring it back.
		if t, ok := l.conns[c]; ok && t.state != s {
			l.conns[c] = tracked{state: s, since: time.Now()}
		}
	}
}

// Accept waits for the next connection. When the limit is reached it first
// closes idle connections. When the process is out of file descriptors it
// closes idle connections and tries again, without returning the error (the
// server would back off for up to a second and log every attempt), and it
// logs accept errors at most once a minute.
func (l *Listener) Accept() (net.Conn, error) {
	wait := time.Duration(0)
	for {
		c, err := l.Listener.Accept()
		if err == nil {
			l.mu.Lock()
			l.conns[c] = tracked{state: http.StateNew, since: time.Now()}
			over := len(l.conns) - l.max
			l.mu.Unlock()
			if over > 0 {
				l.shed(over + l.max/64) // room for the next few
			}
			return c, nil
		}
		var te interface{ Temporary() bool }
		if errors.Is(err, net.ErrClosed) || !errors.As(err, &te) || !te.Temporary() {
			return nil, err
		}
		closed := 0
		if errors.Is(err, syscall.EMFILE) || errors.Is(err, syscall.ENFILE) {
			closed = l.shed(max(32, l.max/64))
		}
		if n, ok := l.acceptLog.ok(); ok {
			l.log.Warn("accept failed; retrying", "error", err.Error(), "closed_idle", closed, "repeats", n)
		}
		if closed > 0 {
			wait = 0
			continue
		}
		// Nothing to give up: every connection is answering. Wait a little
		// longer each time, as net/http does, but never over 100 ms.
		wait = min(max(2*wait, 5*time.Millisecond), 100*time.Millisecond)
		time.Sleep(wait)
	}
}

// shed closes up to n connections, idle ones first, then ones that have not
// sent a request; the oldest of each first. It returns how many it closed.
func (l *Listener) shed(n int) int {
	type cand struct {
		c net.Conn
		t tracked
	}
	l.mu.Lock()
	cands := make([]cand, 0, len(l.conns))
	for c, t := range l.conns {
		if t.state == http.StateIdle || t.state == http.StateNew {
			cands = append(cands, cand{c, t})
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.t.state != b.t.state {
			if a.t.state == http.StateIdle {
				return -1
			}
			return 1
		}
		return a.t.since.Compare(b.t.since)
	})
	cands = cands[:min(n, len(cands))]
	for _, x := range cands {
		delete(l.conns, x.c)
	}
	open := len(l.conns)
	l.mu.Unlock()
	for _, x := range cands {
		_ = x.c.Close()
	}
	if len(cands) > 0 {
		if times, ok := l.shedLog.ok(); ok {
			l.log.Warn("many connections: closed idle ones to make room", "closed", len(cands), "open", open, "limit", l.max, "repeats", times)
		}
	}
	return len(cands)
}

// Open returns the number of connections open now.
func (l *Listener) Open() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.conns)
}

// every lets something happen at most once an interval, and counts the
// times it was held back.
type every struct {
	mu       sync.Mutex
	interval time.Duration
	last     time.Time
	held     int
}

func newEvery(interval time.Duration) *every { return &every{interval: interval} }

// ok reports whether the interval has passed since the last time, and how
// many times it was asked since then (this one included).
func (e *every) ok() (int, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.held++
	now := time.Now()
	if !e.last.IsZero() && now.Sub(e.last) < e.interval {
		return 0, false
	}
	n := e.held
	e.last, e.held = now, 0
	return n, true
}
