// Package httpserve runs an HTTP handler on the open internet. Signaal is
// put online by organisations without an operations team, often with no
// proxy in front, and linked from a TV item on the day traffic spikes: every
// timeout and limit of the server is set here on purpose, idle connections
// are given up first when file descriptors run short, and a stop signal lets
// the answers in flight finish.
package httpserve

import (
	"context"
	"errors"
	"log"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// The server's timeouts and limits. A reader is a teenager on a phone with a
// weak connection; an attacker is anyone. Each value is generous for the
// first and cheap against the second.
const (
	// ReadHeaderTimeout bounds sending the request line and headers: a
	// browser sends them in one packet (under 2 KB) in the first round
	// trip; 10 s covers a phone on a bad 2G link and stops a client that
	// trickles headers (slowloris) from holding a connection.
	ReadHeaderTimeout = 10 * time.Second
	// ReadTimeout bounds reading the whole request, body included. The site
	// reads no bodies, and a request that announces one is answered and its
	// connection closed at once (see Handler); this is the backstop, so a
	// Content-Length with no body behind it never holds a connection longer.
	ReadTimeout = 15 * time.Second
	// WriteTimeout bounds writing one answer, from the end of its headers.
	// The largest file is about 35 KB: 6 s at 50 kbit/s. 30 s leaves room
	// for worse and stops a client that stops reading from keeping the
	// connection and its buffers. (The editor's reload stream under -dev,
	// open as long as a tab is, moves its own deadline before each write:
	// see devreload.)
	WriteTimeout = 30 * time.Second
	// IdleTimeout is how long a keep-alive connection waits for the next
	// request. A reader opens the next page within a minute or starts over
	// on a new connection for the price of one round trip. Under pressure
	// idle connections are closed sooner (see Listener).
	IdleTimeout = 60 * time.Second
	// MaxHeaderBytes bounds the request line and headers together (Go adds
	// 4 KB of slack). The longest real request, a search of 200 characters,
	// is under 3 KB; nginx refuses a request line over 8 KB too. A 200 KB
	// request line gets 431 after reading 12 KB, instead of Go's default of
	// parsing up to 1 MB.
	MaxHeaderBytes = 8 << 10
	// ShutdownTimeout is how long a stop signal waits for answers in flight:
	// ten times the slowest answer a reader should ever see. After it the
	// remaining connections are cut.
	ShutdownTimeout = 10 * time.Second
)

// NewServer returns an http.Server for h with the timeouts and limits above.
// Errors net/http logs go to lg, without client addresses and at most once a
// minute per kind of error, so that no client can fill the log.
func NewServer(h http.Handler, lg *slog.Logger) *http.Server {
	return &http.Server{
		Handler:           closeWithBody(h),
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      WriteTimeout,
		IdleTimeout:       IdleTimeout,
		MaxHeaderBytes:    MaxHeaderBytes,
		ErrorLog:          log.New(newErrorLog(lg, time.Minute), "", 0),
	}
}

// closeWithBody answers a request that announces a body (which the site
// never reads) and then closes its connection at once. Without it, net/http
// would read the announced body, before answering or after, to keep the
// connection: a Content-Length with nothing behind it would hold the
// connection until the read timeout.
func closeWithBody(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength != 0 {
			w.Header().Set("Connection", "close")
			defer func() { _ = http.NewResponseController(w).SetReadDeadline(time.Now()) }()
		}
		h.ServeHTTP(w, r)
	})
}

// Run serves hs on ln until ctx is done. Then it stops accepting, lets the
// answers in flight finish for up to ShutdownTimeout, cuts what is left, and
// returns only after the server has stopped: a caller that exits after Run
// never cuts an answer short.
func Run(ctx context.Context, hs *http.Server, ln net.Listener, lg *slog.Logger) error {
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	lg.Info("stopping: no new connections; waiting for answers in flight", "timeout", ShutdownTimeout)
	start := time.Now()
	stop, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	err := hs.Shutdown(stop)
	if err != nil {
		_ = hs.Close()
		err = errors.New("answers still in flight after " + ShutdownTimeout.String() + " were cut")
	}
	if serr := <-served; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	lg.Info("stopped", "took", time.Since(start).Round(time.Millisecond))
	return err
}
