package synth_test

import (
	"errors"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"signaal"
	"signaal/internal/content"
	"signaal/internal/readability"
	"signaal/internal/synth"
)

// The home pages of the largest synthetic site bench/run.sh builds (10,000
// pages a language, about 200 sections listed on each home page) read at
// the level their audience asks, so `signaal export` accepts the site.
// Only the home pages are loaded: their links to the sections are broken
// here, and only readability is looked at.
func TestLargeHomeReadable(t *testing.T) {
	tree := synth.Tree(10000)
	fsys := fstest.MapFS{}
	for _, name := range []string{"helplines.yaml", "sources.yaml", "signs.yaml", "site.yaml"} {
		b, err := fs.ReadFile(signaal.Content(), name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	for _, name := range []string{"nl/index.md", "en/index.md"} {
		fsys[name] = &fstest.MapFile{Data: []byte(tree[name])}
	}
	_, err := content.Load(fsys, content.Options{Check: readability.Check})
	var ps content.Problems
	if err != nil && !errors.As(err, &ps) {
		t.Fatal(err)
	}
	for _, p := range ps.Errors() {
		if strings.Contains(p.String(), "readability") {
			t.Error(p.String())
		}
	}
}
