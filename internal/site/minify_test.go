package site

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"signaal"
)

// The stylesheets and scripts are served minified, under the hash of the
// bytes served, and still hold what the pages rely on.
func TestStaticFilesMinified(t *testing.T) {
	files, err := staticFiles(signaal.Static())
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		keep []string // what must survive minifying
	}{
		{"site.css", []string{"--brand-bg", "@media print", ".leaving"}},
		{"site.js", []string{"use strict", "data-hours", "a[data-exit]", "module.exports"}},
		{"search.js", nil},
		{"poster.css", nil},
	} {
		src, err := fs.ReadFile(signaal.Static(), tt.name)
		if err != nil {
			t.Fatal(err)
		}
		f := files[tt.name]
		if f == nil {
			t.Fatalf("%s is not served", tt.name)
		}
		body := string(f.Body)
		if len(body) > len(src)*4/5 || strings.Contains(body, "/*") || strings.Contains(body, "\n  ") {
			t.Errorf("%s is served as written (%d of %d bytes)", tt.name, len(body), len(src))
		}
		for _, s := range tt.keep {
			if !strings.Contains(body, s) {
				t.Errorf("minified %s lost %q", tt.name, s)
			}
		}
		sum := sha256.Sum256(f.Body)
		if !strings.Contains(f.Path, "."+hex.EncodeToString(sum[:5])+".") {
			t.Errorf("%s is served as %s, not under the hash of what is served", tt.name, f.Path)
		}
	}
}

// A script the minifier cannot read stops the build with its name and line.
func TestStaticFileThatDoesNotParse(t *testing.T) {
	_, err := staticFiles(fstest.MapFS{"site.js": {Data: []byte("var a = 1;\nfunction (\n")}})
	if err == nil || !strings.Contains(err.Error(), "static/site.js") || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v, want one naming static/site.js and line 2", err)
	}
}
