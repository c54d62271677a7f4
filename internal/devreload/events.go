package devreload

import (
	_ "embed"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// The addresses the editor's server answers besides the site; only a Hub
// serves them, and only `signaal serve -dev` has a Hub.
const (
	// ScriptPath is the reload script a page under -dev loads. It is a file,
	// not an inline script, so the Content-Security-Policy stays
	// "script-src 'self'" in dev as in production.
	ScriptPath = "/_dev/reload.js"
	// EventsPath is the server-sent event stream the script listens to.
	EventsPath = "/_dev/events"
)

// script is what ScriptPath answers.
//
//go:embed reload.js
var script []byte

// The limits of the event streams. A stream is an open connection for as
// long as a tab is open, so each is bounded.
const (
	// MaxListeners is how many streams may be open at once: an editor has
	// a few tabs open; more is a fault (a page reloading in a loop), and
	// is refused (ErrBusy) rather than allowed to take connections.
	MaxListeners = 16
	// KeepAlive is how often an idle stream gets a comment line: under
	// the 30 to 60 seconds after which proxies and browsers give up on a
	// silent connection, and the way a reader gone without a word is
	// found (the write fails).
	KeepAlive = 25 * time.Second
	// writeWindow bounds each write to a stream. The server's write
	// timeout (internal/httpserve) would cut a stream 30 s after it began;
	// instead every write gets its own deadline, so a tab that stops
	// reading is let go within this time, and one that reads stays.
	writeWindow = 10 * time.Second
	// retryMillis is how soon a browser reconnects after the stream ends,
	// as it does when the server restarts after a template change.
	retryMillis = 500
)

// ErrBusy is returned by ServeEvents when MaxListeners streams are open.
var ErrBusy = errors.New("devreload: too many open event streams")

// A Hub tells the open pages of the editor's server that the site changed.
// Each stream first gets the current version; Notify sends a new one. The
// version starts with the moment the Hub was made, so a page that
// reconnects to a restarted server (after a template change) sees another
// version and reloads too.
type Hub struct {
	mu        sync.Mutex
	start     int64
	version   int
	listeners map[chan struct{}]struct{}
	closed    chan struct{}
	closeOnce sync.Once
	// keepAlive is KeepAlive, shorter in tests.
	keepAlive time.Duration
}

// NewHub returns a Hub with no streams open.
func NewHub() *Hub {
	return &Hub{start: time.Now().UnixNano(), listeners: map[chan struct{}]struct{}{},
		closed: make(chan struct{}), keepAlive: KeepAlive}
}

// Notify tells every open page that the site changed.
func (h *Hub) Notify() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.version++
	for ch := range h.listeners {
		select {
		case ch <- struct{}{}:
		default: // a change is already waiting for this stream
		}
	}
}

// Close ends every stream, so a server that stops does not wait for the
// open tabs (register it with http.Server.RegisterOnShutdown).
func (h *Hub) Close() { h.closeOnce.Do(func() { close(h.closed) }) }

func (h *Hub) current() string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return strconv.FormatInt(h.start, 36) + "-" + strconv.Itoa(h.version)
}

// ServeScript answers ScriptPath.
func (h *Hub) ServeScript(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(script)))
	if r.Method != http.MethodHead {
		_, _ = w.Write(script)
	}
}

// ServeEvents answers EventsPath: a stream of "version" events that lasts
// until the page goes away, a write fails, or the Hub is closed. With
// MaxListeners streams open it returns ErrBusy and writes nothing.
func (h *Hub) ServeEvents(w http.ResponseWriter, r *http.Request) error {
	changed := make(chan struct{}, 1)
	h.mu.Lock()
	if len(h.listeners) >= MaxListeners {
		h.mu.Unlock()
		return ErrBusy
	}
	h.listeners[changed] = struct{}{}
	h.mu.Unlock()
	defer func() {
		h.mu.Lock()
		delete(h.listeners, changed)
		h.mu.Unlock()
	}()

	// The server's read deadline needs nothing: net/http lifts it once the
	// request is read, and notices a tab that closes. Its write deadline
	// is moved before each write (send).
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return nil
	}
	send := func(format string, args ...any) bool {
		// ErrNotSupported: a writer with no connection (as in tests)
		// has no deadline to move.
		if err := rc.SetWriteDeadline(time.Now().Add(writeWindow)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return false
		}
		if _, err := fmt.Fprintf(w, format, args...); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send("retry: %d\nevent: version\ndata: %s\n\n", retryMillis, h.current()) {
		return nil
	}
	tick := time.NewTicker(h.keepAlive)
	defer tick.Stop()
	for {
		var ok bool
		select {
		case <-r.Context().Done():
			return nil
		case <-h.closed:
			return nil
		case <-changed:
			ok = send("event: version\ndata: %s\n\n", h.current())
		case <-tick.C:
			ok = send(": keep-alive\n\n")
		}
		if !ok {
			return nil
		}
	}
}
