package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test start the command as a separate process: the test
// binary, run again with SIGNAAL_TEST_MAIN=1, is the signaal command (its
// main), with its own file limit, signals and exit.
func TestMain(m *testing.M) {
	if os.Getenv("SIGNAAL_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// syncBuffer is a bytes.Buffer a process may write while a test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// child is the signaal command running in its own process.
type child struct {
	cmd    *exec.Cmd
	addr   string // 127.0.0.1:port
	stderr *syncBuffer
	done   chan error
}

// freeAddr returns a 127.0.0.1 address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServer runs `signaal serve` with args on a free port and waits until
// /healthz answers. With nofile > 0 the process may open at most that many
// files (as `ulimit -n` sets it). The process is killed when the test ends.
func startServer(t *testing.T, nofile int, args ...string) *child {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := &child{addr: freeAddr(t), stderr: &syncBuffer{}, done: make(chan error, 1)}
	argv := append([]string{exe, "serve", "-addr", c.addr}, args...)
	if nofile > 0 {
		argv = append([]string{"sh", "-c", fmt.Sprintf(`ulimit -n %d && exec "$@"`, nofile), "sh"}, argv...)
	}
	c.cmd = exec.Command(argv[0], argv[1:]...)
	c.cmd.Env = append(os.Environ(), "SIGNAAL_TEST_MAIN=1")
	c.cmd.Stderr = c.stderr
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.done <- c.cmd.Wait() }()
	t.Cleanup(func() {
		_ = c.cmd.Process.Kill()
		<-c.done
		if t.Failed() {
			t.Logf("server log:\n%s", c.stderr.String())
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get("http://" + c.addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return c
			}
		}
		select {
		case err := <-c.done:
			t.Fatalf("server exited before it was ready: %v\n%s", err, c.stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("server not ready after 60 s:\n%s", c.stderr.String())
		}
	}
}

// get sends one GET on conn and reads the answer, within d.
func get(conn net.Conn, path string, d time.Duration) (*http.Response, error) {
	_ = conn.SetDeadline(time.Now().Add(d))
	if _, err := fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: signaal\r\n\r\n", path); err != nil {
		return nil, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		return nil, err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp, err
}

// With a file limit of 1024 and 1,100 idle keep-alive connections open, a
// new reader is still answered within a second: idle connections are closed
// to make room, as nginx does, instead of the new one waiting in the queue.
// Either the connection limit (1024 - 64) is reached first, or, with a limit
// set above the file limit, accept fails with "too many open files".
func TestIdleConnectionsDoNotLockReadersOut(t *testing.T) {
	var own syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &own); err != nil || own.Cur < 1300 {
		t.Fatalf("this test opens 1,101 connections and may open %d files (ulimit -n); it needs 1,300", own.Cur)
	}
	for _, tt := range []struct {
		name string
		args []string
	}{
		{"connection limit from the file limit", nil},
		{"out of file descriptors", []string{"-max-conns", "5000"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := startServer(t, 1024, tt.args...)
			var conns []net.Conn
			defer func() {
				for _, conn := range conns {
					conn.Close()
				}
			}()
			for range 1100 {
				conn, err := net.DialTimeout("tcp", c.addr, time.Second)
				if err != nil {
					t.Fatalf("dial: %v", err)
				}
				conns = append(conns, conn)
				// Each connection asks once and then stays open, idle.
				_ = conn.SetDeadline(time.Now().Add(2 * time.Second))
				fmt.Fprintf(conn, "GET /healthz HTTP/1.1\r\nHost: signaal\r\n\r\n")
			}
			answered := 0
			for _, conn := range conns {
				if _, err := http.ReadResponse(bufio.NewReader(conn), nil); err == nil {
					answered++
				}
			}
			t.Logf("%d of 1,100 keep-alive connections answered and left idle", answered)

			start := time.Now()
			conn, err := net.DialTimeout("tcp", c.addr, time.Second)
			if err != nil {
				t.Fatalf("a new reader cannot connect: %v", err)
			}
			defer conn.Close()
			resp, err := get(conn, "/nl/", time.Second)
			took := time.Since(start)
			if err != nil || resp.StatusCode != 200 {
				t.Fatalf("a new reader under 1,100 idle connections: %v (after %s)", err, took)
			}
			t.Logf("GET /nl/ answered in %s", took.Round(time.Millisecond))
			for _, l := range strings.Split(c.stderr.String(), "\n") {
				if strings.Contains(l, "level=WARN") {
					t.Log(l)
				}
			}
			if n := strings.Count(c.stderr.String(), "\n"); n > 6 {
				t.Errorf("the server wrote %d log lines under connection pressure; want a few:\n%s", n, c.stderr.String())
			}
		})
	}
}

// A search whose reader goes away before the answer is not a server error:
// 1,000 abandoned searches leave at most a few lines in the log, and no
// stack trace.
func TestAbandonedSearchesKeepTheLogQuiet(t *testing.T) {
	c := startServer(t, 0)
	before := strings.Count(c.stderr.String(), "\n")
	for i := range 1000 {
		conn, err := net.DialTimeout("tcp", c.addr, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET /nl/zoeken?q=hulp+%d HTTP/1.1\r\nHost: signaal\r\nAccept-Encoding: br\r\n\r\n", i)
		conn.Close()
	}
	// The server is still well and answers a search in full.
	conn, err := net.Dial("tcp", c.addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// It may first finish searches whose readers left while they waited.
	begin := time.Now()
	resp, err := get(conn, "/nl/zoeken?q=hulp", 30*time.Second)
	t.Logf("the next search was answered in %s", time.Since(begin).Round(time.Millisecond))
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("a search after the abandoned ones: %v %v", resp, err)
	}
	log := c.stderr.String()
	if n := strings.Count(log, "\n") - before; n > 3 {
		t.Errorf("1,000 abandoned searches wrote %d log lines; want at most 3:\n%.2000s", n, log)
	}
	if strings.Contains(log, "goroutine ") || strings.Contains(log, "panic") {
		t.Errorf("the log holds a panic or a stack trace:\n%.2000s", log)
	}
}

// SIGTERM and SIGINT stop the server only after the answers in flight are
// sent whole. To see an answer cut short, the answers must not fit in the
// kernel's socket buffers (about 3 MB on loopback): the reader asks for a
// tiny segment size and receive buffer (so the server buffers about 90 KB),
// and asks for the site's largest file (about 35 KB) 60 times on one
// connection (HTTP/1.1 pipelining; the requests fit in the server's 4 KB read
// buffer, so closing leaves nothing unread and sends no reset). When the
// signal comes the server is in the middle of one of those answers; the
// stream must end on an answer's last byte.
func TestSIGTERMLetsAnswersFinish(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			c := startServer(t, 0)
			d := net.Dialer{Control: func(_, _ string, rc syscall.RawConn) error {
				return rc.Control(func(fd uintptr) {
					_ = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
					_ = syscall.SetsockoptInt(int(fd), syscall.IPPROTO_TCP, syscall.TCP_MAXSEG, 536)
				})
			}}
			conn, err := d.Dial("tcp", c.addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			_ = conn.SetDeadline(time.Now().Add(30 * time.Second))
			var req bytes.Buffer
			const asked = 60
			for range asked {
				req.WriteString("GET /sitemap.xml HTTP/1.1\r\nHost: signaal\r\n\r\n")
			}
			go func() { _, _ = conn.Write(req.Bytes()) }()
			br := bufio.NewReaderSize(conn, 1024)
			if _, err := br.Peek(1024); err != nil {
				t.Fatalf("no answer: %v", err)
			}
			time.Sleep(200 * time.Millisecond) // the server fills the socket buffers and waits
			if err := c.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			time.Sleep(300 * time.Millisecond) // time to cut the answer short, if it would
			whole := 0
			for {
				if _, err := br.Peek(1); err == io.EOF {
					break // closed between two answers
				}
				resp, err := http.ReadResponse(br, nil)
				if err != nil {
					t.Fatalf("after %d whole answers: %v", whole, err)
				}
				n, err := io.Copy(io.Discard, resp.Body)
				if err != nil || n != resp.ContentLength {
					t.Fatalf("answer %d cut short: %d of %d bytes (%v)", whole+1, n, resp.ContentLength, err)
				}
				whole++
			}
			if whole == 0 || whole == asked {
				t.Errorf("%d of %d answers: the signal did not come while answers were in flight", whole, asked)
			}
			t.Logf("%d whole answers, then the connection closed", whole)
			select {
			case err := <-c.done:
				c.done <- err
				if err != nil {
					t.Errorf("exit: %v\n%s", err, c.stderr.String())
				}
			case <-time.After(15 * time.Second):
				t.Fatal("the server did not exit within 15 s of the signal")
			}
		})
	}
}

// -dev reloads from a folder; without -content it has none.
func TestDevNeedsContent(t *testing.T) {
	var out, errOut syncBuffer
	exited := make(chan int, 1)
	go func() { exited <- run([]string{"serve", "-dev", "-addr", "127.0.0.1:0"}, &out, &errOut) }()
	select {
	case code := <-exited:
		if code != 2 || !strings.Contains(errOut.String(), "-content") {
			t.Errorf("serve -dev: exit %d, %q; want exit 2 and a message naming -content", code, errOut.String())
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("serve -dev without -content is still serving after 5 s; want a usage error")
	}
}
