package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"signaal/internal/sitetest"
)

// An export has no default public address: without -base-url, or with one
// that is no http(s) address, it stops with exit 2 before rendering, and
// the message names the flag and shows an example.
func TestExportNeedsBaseURL(t *testing.T) {
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"missing", nil, "-base-url is required"},
		{"empty", []string{"-base-url", ""}, "-base-url is required"},
		{"no scheme", []string{"-base-url", "signaal.example.org"}, "is not an http(s) address"},
		{"no host", []string{"-base-url", "https://"}, "is not an http(s) address"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "site")
			var stdout, stderr bytes.Buffer
			code := run(append([]string{"export", "-out", out}, tt.args...), &stdout, &stderr)
			if code != 2 {
				t.Errorf("exit %d, want 2", code)
			}
			for _, want := range []string{tt.want, "-base-url https://"} {
				if !strings.Contains(stderr.String(), want) {
					t.Errorf("stderr %q lacks %q", stderr.String(), want)
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("an export was written")
			}
		})
	}
}

// The command hands the content folder to the export, which refuses to
// write over it.
func TestExportRefusesContentFolder(t *testing.T) {
	dir := sitetest.Dir(t, sitetest.FS(t))
	var stdout, stderr bytes.Buffer
	code := run([]string{"export", "-content", dir, "-out", dir, "-base-url", "https://signaal.example.org"}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "signaal export: refusing to write to") || !strings.Contains(stderr.String(), "content folder") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "nl", "index.md")); err != nil {
		t.Error(err)
	}
}

// serve warns at start when it listens beyond this machine with the
// preview address as its public one, and only then.
func TestWarnDefaultBaseURL(t *testing.T) {
	for _, tt := range []struct {
		addr, baseURL string
		warn          bool
	}{
		{"127.0.0.1:8080", devBaseURL, false},
		{"localhost:8080", devBaseURL, false},
		{"[::1]:8080", devBaseURL, false},
		{"127.0.0.2:8080", devBaseURL, false},
		{":8080", devBaseURL, true},
		{"0.0.0.0:80", devBaseURL, true},
		{"[::]:80", devBaseURL, true},
		{"192.168.1.20:8080", devBaseURL, true},
		{"signaal.example.org:80", devBaseURL, true},
		{"0.0.0.0:80", "https://signaal.example.org", false},
	} {
		var buf bytes.Buffer
		warnDefaultBaseURL(slog.New(slog.NewTextHandler(&buf, nil)), tt.addr, tt.baseURL)
		got := strings.Contains(buf.String(), "level=WARN") && strings.Contains(buf.String(), "-base-url https://")
		if got != tt.warn {
			t.Errorf("addr %s, base URL %s: warned %v, want %v (log %q)", tt.addr, tt.baseURL, got, tt.warn, buf.String())
		}
	}
}
