package export_test

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"signaal/internal/site"
)

var update = flag.Bool("update", false, "rewrite the generated header blocks of deploy/nginx.conf and deploy/Caddyfile (and the README's copy of nginx.conf)")

const (
	beginHeaders = "# --- headers (generated from site.SecurityHeaders by `go test ./internal/export -run TestDeployHeaders -update`) ---"
	endHeaders   = "# --- end headers ---"
)

// headerBlocks are the security headers written for each web server
// configuration in deploy/: the lines between the markers.
var headerBlocks = map[string]func(keys []string) string{
	"nginx.conf": func(keys []string) string {
		var b strings.Builder
		for _, k := range keys {
			// always: 404 pages get them too.
			fmt.Fprintf(&b, "        add_header %s %q always;\n", k, site.SecurityHeaders().Get(k))
		}
		return b.String()
	},
	"Caddyfile": func(keys []string) string {
		var b strings.Builder
		b.WriteString("\theader {\n")
		for _, k := range keys {
			fmt.Fprintf(&b, "\t\t%s %q\n", k, site.SecurityHeaders().Get(k))
		}
		b.WriteString("\t}\n")
		return b.String()
	},
}

// The web server configurations in deploy/ send the Go server's security
// headers: each holds a block generated from site.SecurityHeaders, and
// this test fails when a block differs from what the source gives now
// (-update writes it). The README shows nginx.conf as it is.
func TestDeployHeaders(t *testing.T) {
	h := site.SecurityHeaders()
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for name, render := range headerBlocks {
		path := "../../deploy/" + name
		conf, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(conf)
		i, j := strings.Index(text, beginHeaders), strings.Index(text, endHeaders)
		if i < 0 || j < i {
			t.Errorf("%s: the markers %q and %q are missing", path, beginHeaders, endHeaders)
			continue
		}
		start := i + len(beginHeaders) + 1 // after the marker's line
		end := strings.LastIndex(text[:j], "\n") + 1
		want := render(keys)
		if text[start:end] == want {
			continue
		}
		if !*update {
			t.Errorf("%s: the headers differ from site.SecurityHeaders; run go test ./internal/export -run TestDeployHeaders -update\nhave:\n%s\nwant:\n%s", path, text[start:end], want)
			continue
		}
		updated := text[:start] + want + text[end:]
		if err := os.WriteFile(path, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		if name == "nginx.conf" {
			readme, err := os.ReadFile("../../README.md")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile("../../README.md", []byte(strings.Replace(string(readme), text, updated, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	for name, policies := range map[string][]string{
		"nginx.conf": {`~^/static/ "` + site.StaticCache + `";`, `default    "` + site.PageCache + `";`},
		"Caddyfile":  {`header @static Cache-Control "` + site.StaticCache + `"`, `header @page Cache-Control "` + site.PageCache + `"`},
	} {
		conf, err := os.ReadFile("../../deploy/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range policies {
			if !strings.Contains(string(conf), p) {
				t.Errorf("%s lacks the cache policy %s", name, p)
			}
		}
	}
	conf, err := os.ReadFile("../../deploy/nginx.conf")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), string(conf)) {
		t.Error("README.md does not show deploy/nginx.conf as it is: copy the file into it")
	}
}
