package httpserve

import (
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"time"
)

// errorLog takes what net/http logs (a panic's stack, a client's TLS or
// protocol error, a query with a semicolon, an accept error) and passes it on
// as one short line without client addresses, at most once an interval for
// each kind of message: a client can make net/http log on every request, and
// must not fill the disk or bury what matters.
type errorLog struct {
	log      *slog.Logger
	interval time.Duration

	mu    sync.Mutex
	kinds map[string]*every
}

// maxKinds bounds the kinds of message remembered; the rest share one.
const maxKinds = 64

func newErrorLog(lg *slog.Logger, interval time.Duration) *errorLog {
	return &errorLog{log: lg, interval: interval, kinds: map[string]*every{}}
}

// address matches an IPv4 or bracketed IPv6 address with its port.
var address = regexp.MustCompile(`\[[0-9a-fA-F:.%\w]*\]:\d+|\d{1,3}(\.\d{1,3}){3}(:\d+)?`)

// digits matches runs of digits, which vary inside one kind of message.
var digits = regexp.MustCompile(`\d+`)

// Write implements io.Writer; log.Logger calls it once per message.
func (e *errorLog) Write(p []byte) (int, error) {
	msg, _, _ := strings.Cut(string(p), "\n") // a stack trace stays out
	msg = address.ReplaceAllString(msg, "(client)")
	if len(msg) > 300 {
		msg = msg[:300] + "…"
	}
	kind := digits.ReplaceAllString(msg, "")
	kind = kind[:min(len(kind), 40)]
	e.mu.Lock()
	ev := e.kinds[kind]
	if ev == nil {
		if len(e.kinds) >= maxKinds {
			kind = "other"
			ev = e.kinds[kind]
		}
		if ev == nil {
			ev = newEvery(e.interval)
			e.kinds[kind] = ev
		}
	}
	e.mu.Unlock()
	if n, ok := ev.ok(); ok {
		e.log.Warn("http server", "error", msg, "repeats", n)
	}
	return len(p), nil
}
