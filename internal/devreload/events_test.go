package devreload

import (
	"bufio"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// serveHub serves h's stream on 127.0.0.1 with read and write timeouts far
// shorter than the test, as internal/httpserve sets them for the open
// internet.
func serveHub(t *testing.T, h *Hub) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := h.ServeEvents(w, r); err != nil {
				http.Error(w, err.Error(), http.StatusServiceUnavailable)
			}
		}),
		ReadTimeout: 150 * time.Millisecond, WriteTimeout: 150 * time.Millisecond,
	}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return "http://" + ln.Addr().String()
}

// open opens a stream and returns its lines.
func open(t *testing.T, url string) (*http.Response, <-chan string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	lines := make(chan string, 100)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	return resp, lines
}

// next returns the next line that starts with prefix, within a second.
func next(t *testing.T, lines <-chan string, prefix string) string {
	t.Helper()
	deadline := time.After(2 * time.Second)
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("the stream ended while waiting for %q", prefix)
			}
			if strings.HasPrefix(l, prefix) {
				return l
			}
		case <-deadline:
			t.Fatalf("no %q line", prefix)
		}
	}
}

// A stream outlives the server's read and write timeouts, kept alive by
// comments, and carries a new version after Notify.
func TestStreamOutlivesTimeoutsAndCarriesChanges(t *testing.T) {
	h := NewHub()
	h.keepAlive = 50 * time.Millisecond
	resp, lines := open(t, serveHub(t, h))
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	first := next(t, lines, "data: ")
	time.Sleep(500 * time.Millisecond) // over three times each timeout
	next(t, lines, ": keep-alive")
	h.Notify()
	if second := next(t, lines, "data: "); second == first {
		t.Errorf("after Notify the version is still %q", second)
	}
}

// At most MaxListeners streams are open; Close ends them all.
func TestStreamsAreBounded(t *testing.T) {
	h := NewHub()
	url := serveHub(t, h)
	var all []<-chan string
	for range MaxListeners {
		_, lines := open(t, url)
		next(t, lines, "data: ")
		all = append(all, lines)
	}
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("stream %d: status %d, want 503", MaxListeners+1, resp.StatusCode)
	}
	if err := h.ServeEvents(httptest.NewRecorder(), httptest.NewRequest("GET", EventsPath, nil)); !errors.Is(err, ErrBusy) {
		t.Errorf("ServeEvents with %d streams open: %v, want ErrBusy", MaxListeners, err)
	}
	h.Close()
	for i, lines := range all {
		deadline := time.After(2 * time.Second)
	drain:
		for {
			select {
			case _, ok := <-lines:
				if !ok {
					break drain
				}
			case <-deadline:
				t.Fatalf("stream %d still open after Close", i)
			}
		}
	}
}
