// Package statichost starts the web servers an export is published with,
// nginx and Caddy, on 127.0.0.1 for a test, each with the very file in
// deploy/ that the README tells a publisher to use. Tests in any package
// can then check what a reader gets from a static host (headers, stored
// encodings, 404 pages, the root redirect, in-browser search) instead of
// what the Go server sends.
//
// It is test support: it takes a testing.TB, fails the test when a server
// is missing or does not answer (`make deps` installs both; a missing one
// is never a skip), and stops the server when the test ends.
package statichost

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// NginxBrotliModule is where Debian's libnginx-mod-http-brotli-static puts
// the module deploy/nginx.conf loads.
const NginxBrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"

// startTimeout bounds how long a server may take to answer its first
// request; both answer within a few milliseconds on an idle machine, so
// this only stops a test from hanging when one never comes up.
const startTimeout = 15 * time.Second

// A Server is a web server started for a test.
type Server struct {
	// URL is where it answers, "http://127.0.0.1:PORT", without a slash.
	URL string
	log *lockedBuffer
	// errorLog is a file the server writes its errors to, if any.
	errorLog string
}

// Log returns what the server has written so far: its standard output,
// standard error and error log. Tests read it to hold that a visit leaves
// no trace (no access log, no path of a missing page).
func (s *Server) Log() string {
	out := s.log.String()
	if s.errorLog != "" {
		b, _ := os.ReadFile(s.errorLog)
		out += string(b)
	}
	return out
}

// DeployFile returns the path of a file in the repository's deploy/
// folder, wherever the test runs from.
func DeployFile(name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "deploy", name)
}

// Nginx serves the export in dir with deploy/nginx.conf until the test
// ends. Run as root (as in the test container), its workers run as root
// too, so they can read a test's private temporary folders.
func Nginx(t testing.TB, dir string) *Server {
	t.Helper()
	if _, err := exec.LookPath("nginx"); err != nil {
		t.Fatal("statichost: nginx is not installed: run `make deps` (Debian packages nginx and libnginx-mod-http-brotli-static)")
	}
	if _, err := os.Stat(NginxBrotliModule); err != nil {
		t.Fatal("statichost: nginx's brotli_static module is not installed: run `make deps` (Debian package libnginx-mod-http-brotli-static)")
	}
	return start(t, dir, "nginx.conf", func(prefix, port string) (string, []string) {
		global := "daemon off;"
		if os.Geteuid() == 0 {
			global += " user root;"
		}
		conf := filepath.Join(prefix, "nginx.conf")
		return "127.0.0.1:" + port, []string{"nginx", "-e", filepath.Join(prefix, "error.log"), "-p", prefix, "-c", conf, "-g", global}
	})
}

// Caddy serves the export in dir with deploy/Caddyfile until the test
// ends, keeping all its state in a temporary folder.
func Caddy(t testing.TB, dir string) *Server {
	t.Helper()
	if _, err := exec.LookPath("caddy"); err != nil {
		t.Fatal("statichost: caddy is not installed: run `make deps` (Debian package caddy)")
	}
	return start(t, dir, "Caddyfile", func(prefix, port string) (string, []string) {
		return "http://127.0.0.1:" + port, []string{"caddy", "run", "--adapter", "caddyfile", "--config", filepath.Join(prefix, "Caddyfile")}
	})
}

// start fills in the placeholders of the deploy file conf, starts the
// server that command describes and waits for its first answer. A port
// taken between choosing it and the server binding it is retried.
func start(t testing.TB, dir, conf string, command func(prefix, port string) (listen string, argv []string)) *Server {
	t.Helper()
	root, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := os.ReadFile(DeployFile(conf))
	if err != nil {
		t.Fatal(err)
	}
	var last string
	for range 3 {
		// A short folder of its own: Caddy's admin socket path must fit
		// the 108 bytes a Unix socket name may have.
		prefix, err := os.MkdirTemp("", "statichost-")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(prefix) })
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		listen, argv := command(prefix, port)
		r := strings.NewReplacer("@ROOT@", root, "@LISTEN@", listen, "@PREFIX@", prefix)
		if err := os.WriteFile(filepath.Join(prefix, conf), []byte(r.Replace(string(tmpl))), 0o644); err != nil {
			t.Fatal(err)
		}
		s := &Server{URL: "http://127.0.0.1:" + port, log: &lockedBuffer{}}
		if conf == "nginx.conf" {
			s.errorLog = filepath.Join(prefix, "error.log")
		}
		cmd := exec.Command(argv[0], argv[1:]...)
		cmd.Dir = prefix
		cmd.Env = append(os.Environ(), "HOME="+prefix, "XDG_DATA_HOME="+prefix, "XDG_CONFIG_HOME="+prefix)
		cmd.Stdout, cmd.Stderr = s.log, s.log
		// The server dies with the test process, even one killed hard.
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
		if err := cmd.Start(); err != nil {
			t.Fatalf("statichost: starting %s: %v", argv[0], err)
		}
		exited := make(chan struct{})
		var waitErr error
		go func() { waitErr = cmd.Wait(); close(exited) }()
		stop := func() {
			_ = cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-exited:
			case <-time.After(5 * time.Second):
				_ = cmd.Process.Kill()
				<-exited
			}
		}
		err = waitReady(s.URL+"/nl/", exited, &waitErr)
		if err == nil {
			t.Cleanup(stop)
			return s
		}
		stop()
		last = fmt.Sprintf("statichost: %s on %s did not answer: %v\n%s", argv[0], s.URL, err, s.Log())
		if !strings.Contains(s.Log(), "address already in use") {
			break
		}
	}
	t.Fatal(last)
	return nil
}

// waitReady polls url until it answers or the server exits.
func waitReady(url string, exited <-chan struct{}, waitErr *error) error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(startTimeout)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return fmt.Errorf("it exited: %v", *waitErr)
		default:
		}
		if resp, err := client.Get(url); err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return errors.New("timed out")
}

// freePort returns a port on 127.0.0.1 that was free a moment ago. nginx
// cannot listen on port 0 and say which port it got, so the port is chosen
// here and a clash is retried by start.
func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// lockedBuffer collects a process's output while the test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
