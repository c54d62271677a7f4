package main

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"signaal/internal/sitetest"
	"strings"
	"testing"
	"time"
)

// The editor's loop: under -dev a stylesheet edit in the static folder next
// to the content shows without a restart, the open page is told to reload,
// and stopping the server does not wait for the open page.
func TestDevLoop(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"content", "static"} {
		if err := os.CopyFS(filepath.Join(dir, d), os.DirFS(filepath.Join("..", "..", d))); err != nil {
			t.Fatal(err)
		}
	}
	c := startServer(t, 0, "-dev", "-content", filepath.Join(dir, "content"))
	base := "http://" + c.addr

	resp, err := http.Get(base + "/_dev/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	cut := time.AfterFunc(20*time.Second, func() { resp.Body.Close() })
	defer cut.Stop()
	version, _ := sitetest.Events(resp.Body)
	first := version()

	stylesheet := regexp.MustCompile(`<link rel="stylesheet" href="(/static/site\.[0-9a-f]+\.css)"`)
	page := func() (html, css string) {
		t.Helper()
		body := fetch(t, base+"/nl/")
		m := stylesheet.FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("/nl/ links no stylesheet")
		}
		if !strings.Contains(body, `<script src="/_dev/reload.js" defer></script>`) {
			t.Errorf("/nl/ under -dev does not load the reload script")
		}
		return body, fetch(t, base+m[1])
	}
	_, css := page()
	const rule = ".dev-loop-test{color:red}"
	if strings.Contains(css, rule) {
		t.Fatal("the rule is there before the edit")
	}
	f, err := os.OpenFile(filepath.Join(dir, "static", "site.css"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.WriteString("\n" + rule + "\n")
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if second := version(); second == "" || second == first {
		t.Fatalf("after a stylesheet edit the stream says %q (was %q)", second, first)
	}
	if _, css := page(); !strings.Contains(css, rule) {
		t.Errorf("the stylesheet edit is not served after the rebuild")
	}

	start := time.Now()
	if err := c.cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-c.done:
		c.done <- err
		if err != nil {
			t.Errorf("exit: %v", err)
		}
	case <-time.After(8 * time.Second):
		t.Fatal("with a page open, the server did not stop within 8 s")
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("stopping took %s: the open stream held it up", took)
	}
}

// fetch returns the body of a 200 answer.
func fetch(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
	return string(b)
}

// Which static folder serve reads: -static when given (and there), under
// -dev the static folder next to the content folder, else the embedded copy.
func TestStaticFolder(t *testing.T) {
	root := t.TempDir()
	for _, d := range []string{"site/content", "site/static", "bare/content", "assets"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	in := func(p string) string { return filepath.Join(root, p) }
	for _, tt := range []struct {
		flag, content string
		dev           bool
		want          string
		usage         bool
	}{
		{"", in("site/content"), true, in("site/static"), false},
		{"", in("site/content") + "/", true, in("site/static"), false},
		{"", in("site/content"), false, "", false},
		{"", in("bare/content"), true, "", false},
		{in("assets"), in("site/content"), true, in("assets"), false},
		{in("assets"), "", false, in("assets"), false},
		{in("missing"), in("site/content"), true, "", true},
	} {
		got, msg := staticFolder(tt.flag, tt.content, tt.dev)
		if got != tt.want || (msg != "") != tt.usage {
			t.Errorf("staticFolder(%q, %q, %v) = %q, %q; want %q (usage error: %v)", tt.flag, tt.content, tt.dev, got, msg, tt.want, tt.usage)
		}
	}
}
