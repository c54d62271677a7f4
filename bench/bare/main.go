// Command bare is the floor bench/run.sh measures the Go server against: a
// minimal net/http server that answers every request with one stored body
// and one prepared set of headers, the ones the Go server sends for a
// page. What the Go server costs beyond this is Signaal's own work; what
// this costs beyond nginx is Go's HTTP stack.
//
//	go run ./bench/bare -addr 127.0.0.1:18483 -body page.br -headers page.headers
//
// -headers is a response head as `curl -D` writes it. It serves the default
// http.Server, as `signaal serve` does, and only on the address given.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"net/http"
	"net/textproto"
	"os"
	"strconv"
	"strings"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18483", "address to listen on")
	bodyFile := flag.String("body", "", "file whose bytes every answer carries")
	headerFile := flag.String("headers", "", "response head (curl -D) whose headers every answer carries")
	flag.Parse()
	body, err := os.ReadFile(*bodyFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bare:", err)
		os.Exit(2)
	}
	h, err := readHead(*headerFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bare:", err)
		os.Exit(2)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	for _, k := range []string{"Date", "Connection", "Keep-Alive", "Transfer-Encoding"} {
		h.Del(k)
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		wh := w.Header()
		for k, v := range h {
			wh[k] = v
		}
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(body)
	})
	fmt.Fprintf(os.Stderr, "bare: %d bytes, %d headers, on %s\n", len(body), len(h), *addr)
	if err := http.ListenAndServe(*addr, handler); err != nil {
		fmt.Fprintln(os.Stderr, "bare:", err)
		os.Exit(1)
	}
}

// readHead reads the headers of a response head written by curl -D.
func readHead(name string) (http.Header, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := textproto.NewReader(bufio.NewReader(f))
	status, err := r.ReadLine()
	if err != nil || !strings.HasPrefix(status, "HTTP/") {
		return nil, fmt.Errorf("%s: not a response head (%q)", name, status)
	}
	mh, err := r.ReadMIMEHeader()
	if err != nil && len(mh) == 0 {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return http.Header(mh), nil
}
