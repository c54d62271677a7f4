package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"signaal/internal/content"
	"signaal/internal/lang"
)

var messageCall = regexp.MustCompile(`lang\.(?:T|Tf|TN|TNPattern)\(ctx, "([^"]+)"\s*[,)]`)

// TestUsedMessagesExist checks that every message a template or template
// helper asks for exists in every language, and so do the IDs the tables
// of help-line needs and weekdays hold, which every need has an entry in.
func TestUsedMessagesExist(t *testing.T) {
	files, _ := filepath.Glob("*.templ")
	helpers, _ := filepath.Glob("*.go")
	files = append(files, helpers...)
	if len(files) == 0 {
		t.Fatal("no templates found")
	}
	ids := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range messageCall.FindAllStringSubmatch(string(src), -1) {
			ids[m[1]] = true
		}
	}
	for _, n := range content.Needs() {
		if needTitles[n] == "" {
			t.Errorf("need %q has no heading in needTitles", n)
		}
	}
	for _, id := range needTitles {
		ids[id] = true
	}
	for _, d := range []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"} {
		ids["day_"+d] = true
	}
	for _, c := range lang.All {
		for id := range ids {
			if !lang.Has(c, id) {
				t.Errorf("%s.toml has no message %q, which a template uses", c, id)
			}
		}
	}
}
