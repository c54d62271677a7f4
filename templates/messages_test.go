package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// messageCall is a template's call for a message, with the expression that
// gives its ID.
var messageCall = regexp.MustCompile(`lang\.(?:T|Tf|TN|TNPattern)\(ctx, ([^,)]+)`)

// TestUsedMessagesExist checks that every message a template or template
// helper asks for exists in every language. An ID is a literal at the call
// or an entry of a table the test reads (the help page's need headings, the
// chooser's options, the weekdays); anything else, such as an ID put together from pieces, fails,
// because no test could know what it asks for.
func TestUsedMessagesExist(t *testing.T) {
	tables := map[string][]string{"dayMessages[": dayMessages[:]}
	for _, tb := range []struct {
		name   string
		keys   []string
		labels map[string]string
	}{
		{"needTitles", content.Needs(), needTitles},
		{"wayLabels", chooserWays, wayLabels},
		{"whoLabels", chooserWho, whoLabels},
	} {
		for _, k := range tb.keys {
			if tb.labels[k] == "" {
				t.Errorf("%q has no message in %s", k, tb.name)
			}
			tables[tb.name+"["] = append(tables[tb.name+"["], tb.labels[k])
		}
	}
	var files []string
	for _, pattern := range []string{"*.templ", "*.go"} {
		found, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range found {
			if !strings.HasSuffix(f, "_test.go") && !strings.HasSuffix(f, "_templ.go") {
				files = append(files, f)
			}
		}
	}
	if !slices.Contains(files, "layout.templ") {
		t.Fatalf("templates not found: %v", files)
	}
	ids := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
	calls:
		for _, m := range messageCall.FindAllStringSubmatch(string(src), -1) {
			if id, err := strconv.Unquote(strings.TrimSpace(m[1])); err == nil {
				ids[id] = true
				continue
			}
			for table, entries := range tables {
				if strings.HasPrefix(m[1], table) {
					for _, id := range entries {
						ids[id] = true
					}
					continue calls
				}
			}
			t.Errorf("%s: %s asks for a message by %s: write the ID as a literal, or as an entry of a table this test reads", f, m[0], m[1])
		}
	}
	for _, c := range lang.All {
		for id := range ids {
			if !lang.Has(c, id) {
				t.Errorf("%s.toml has no message %q, which a template uses", c, id)
			}
		}
	}
}
