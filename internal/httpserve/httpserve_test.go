package httpserve

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// logBuffer collects log output while servers write it.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// start serves h on 127.0.0.1 as the command does, until the test ends.
func start(t *testing.T, h http.Handler, maxConns int) (addr string, ln *Listener, logs *logBuffer) {
	t.Helper()
	raw, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logs = &logBuffer{}
	lg := slog.New(slog.NewTextHandler(logs, nil))
	ln = NewListener(raw, maxConns, lg)
	hs := NewServer(h, lg)
	hs.ConnState = ln.Track
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, hs, ln, lg) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	return raw.Addr().String(), ln, logs
}

func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello") }

// A 200 KB request line is refused at once with 431, after reading a few
// kilobytes, instead of being read and parsed whole.
func TestLongRequestLineRefusedAtOnce(t *testing.T) {
	addr, _, _ := start(t, http.HandlerFunc(hello), 0)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(5 * time.Second))
	begin := time.Now()
	go fmt.Fprintf(conn, "GET /nl/zoeken?q=%s HTTP/1.1\r\nHost: signaal\r\n\r\n", strings.Repeat("a", 200<<10))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(begin)
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge && resp.StatusCode != http.StatusRequestURITooLong {
		t.Errorf("a 200 KB request line: %d, want 431 or 414", resp.StatusCode)
	}
	t.Logf("answered %d in %s", resp.StatusCode, took)
}

// A request that announces a body and sends none is answered at once, and
// its connection is closed, instead of waiting for the body.
func TestAnnouncedBodyDoesNotHoldTheConnection(t *testing.T) {
	addr, _, _ := start(t, http.HandlerFunc(hello), 0)
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(3 * time.Second))
	fmt.Fprintf(conn, "GET /nl/ HTTP/1.1\r\nHost: signaal\r\nContent-Length: 100\r\n\r\n")
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatalf("no answer within 3 s: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || string(body) != "hello" {
		t.Errorf("answer %d %q", resp.StatusCode, body)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		t.Errorf("the connection stays open after the answer (%v); want it closed", err)
	}
}

// Every timeout and limit is set, and none is Go's default.
func TestServerLimitsSet(t *testing.T) {
	hs := NewServer(http.HandlerFunc(hello), slog.New(slog.DiscardHandler))
	for name, v := range map[string]time.Duration{
		"ReadHeaderTimeout": hs.ReadHeaderTimeout, "ReadTimeout": hs.ReadTimeout,
		"WriteTimeout": hs.WriteTimeout, "IdleTimeout": hs.IdleTimeout,
	} {
		if v <= 0 {
			t.Errorf("%s is not set", name)
		}
	}
	if hs.MaxHeaderBytes <= 0 || hs.MaxHeaderBytes > 64<<10 {
		t.Errorf("MaxHeaderBytes %d; want set, far below 1 MB", hs.MaxHeaderBytes)
	}
	if hs.ErrorLog == nil {
		t.Error("net/http logs on its own, with client addresses")
	}
}

// At its connection limit the listener closes the oldest idle connections
// to let a new reader in; a connection being answered is kept.
func TestListenerClosesIdleFirst(t *testing.T) {
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
		fmt.Fprint(w, "ok")
	})
	addr, ln, logs := start(t, slow, 20)
	defer close(release)

	// One connection busy with a slow answer, then 30 idle ones.
	busy, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	fmt.Fprintf(busy, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")
	var idle []net.Conn
	for range 30 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		if _, err := roundTrip(c, "/"); err != nil {
			t.Fatalf("idle connection %d: %v", len(idle), err)
		}
		idle = append(idle, c)
		// net/http marks a connection idle just after it has sent the
		// answer: wait for that, so "oldest idle" is the order dialled.
		waitIdle(t, ln, min(len(idle), 20-1))
	}
	if n := ln.Open(); n > 20 {
		t.Errorf("%d connections open; the limit is 20", n)
	}
	// The oldest idle connections were closed, the newest still work.
	if _, err := roundTrip(idle[0], "/"); err == nil {
		t.Error("the oldest idle connection is still open")
	}
	if _, err := roundTrip(idle[29], "/"); err != nil {
		t.Errorf("the newest idle connection was closed: %v", err)
	}
	// The busy one still gets its answer.
	release <- struct{}{}
	_ = busy.SetDeadline(time.Now().Add(2 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(busy), nil)
	if err != nil || resp.StatusCode != 200 {
		t.Errorf("the connection being answered was closed: %v", err)
	}
	if n := strings.Count(logs.String(), "closed idle"); n != 1 {
		t.Errorf("%d messages about closing idle connections; want one a minute:\n%s", n, logs.String())
	}
}

func roundTrip(c net.Conn, path string) (*http.Response, error) {
	_ = c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path); err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return nil, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	return resp, err
}

// What net/http logs reaches the log as one line, without the client's
// address or a stack trace, once a minute per kind.
func TestErrorLogShortAndRare(t *testing.T) {
	var out bytes.Buffer
	l := log.New(newErrorLog(slog.New(slog.NewTextHandler(&out, nil)), time.Minute), "", 0)
	for i := range 100 {
		l.Printf("http: panic serving 203.0.113.%d:%d: boom\ngoroutine 7 [running]:\nmain.f()", i, 40000+i)
		l.Printf("http: TLS handshake error from [2001:db8::%d]:443: EOF", i)
	}
	got := out.String()
	if n := strings.Count(got, "\n"); n != 2 {
		t.Errorf("200 messages of 2 kinds wrote %d lines; want 2:\n%s", n, got)
	}
	for _, leak := range []string{"203.0.113", "2001:db8", "goroutine"} {
		if strings.Contains(got, leak) {
			t.Errorf("the log holds %q:\n%s", leak, got)
		}
	}
}

// waitIdle waits until the listener counts at least n idle connections (up
// to 5 s), since a client can read its answer before the server has marked
// the connection idle.
func waitIdle(t *testing.T, ln *Listener, n int) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		ln.mu.Lock()
		idle := 0
		for _, c := range ln.conns {
			if c.state == http.StateIdle {
				idle++
			}
		}
		ln.mu.Unlock()
		if idle >= n {
			return
		}
	}
	t.Fatalf("fewer than %d connections became idle within 5 s", n)
}
