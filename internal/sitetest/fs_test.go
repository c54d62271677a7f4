package sitetest_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"signaal/internal/content"
	"signaal/internal/sitetest"
)

// The default site must load without a problem, or every test built on it
// would start from a broken site.
func TestDefaultLoads(t *testing.T) {
	s, err := content.Load(sitetest.FS(t), content.Options{Now: sitetest.Now})
	if err != nil {
		t.Fatalf("the default site does not load:\n%v", err)
	}
	if len(s.Warnings) > 0 {
		t.Errorf("the default site has warnings:\n%v", s.Warnings)
	}
	if s.Home("nl") == nil || s.Home("en") == nil || s.Home("nl").Translation != s.Home("en") {
		t.Errorf("the default site has no paired home pages: %v", s.Pages)
	}
}

// Files in an archive are added, replace a default file of the same name,
// or remove it; later archives win.
func TestFSLaysFilesOver(t *testing.T) {
	fsys := sitetest.FS(t, `
-- nl/jongeren/index.md --
Eerst.
-- signs.yaml --
(deleted)
`, `
-- nl/jongeren/index.md --
Dan.
-- en/index.md --
Welcome back.
`)
	for name, want := range map[string]string{
		"nl/jongeren/index.md": "Dan.\n",
		"en/index.md":          "Welcome back.\n",
		"sources.yaml":         "[]\n",
	} {
		if f := fsys[name]; f == nil || string(f.Data) != want {
			t.Errorf("%s = %v, want %q", name, f, want)
		}
	}
	if _, ok := fsys["signs.yaml"]; ok {
		t.Error("signs.yaml was not removed")
	}
	// And the change reaches content.Load: without signs.yaml it refuses.
	_, err := content.Load(fsys, content.Options{Now: sitetest.Now})
	var ps content.Problems
	if !errors.As(err, &ps) || !strings.Contains(ps.Error(), "signs.yaml") {
		t.Errorf("Load without signs.yaml: %v", err)
	}
}

// Text without a file marker is a mistake in the test (a file meant to be
// there would silently not be), so FS stops the test.
func TestFSRefusesTextWithoutFiles(t *testing.T) {
	msg := stops(t, func(tb testing.TB) { sitetest.FS(tb, "nl/index.md\nTekst.\n") })
	if !strings.Contains(msg, "no -- name -- line") {
		t.Errorf("FS did not stop the test: %q", msg)
	}
}

func TestReplace(t *testing.T) {
	fsys := sitetest.FS(t)
	sitetest.Replace(t, fsys, "en/index.md", "Welcome.", "Hello.")
	if got := string(fsys["en/index.md"].Data); !strings.HasSuffix(got, "---\nHello.\n") {
		t.Errorf("en/index.md = %q", got)
	}
	for _, tc := range []struct{ name, old, want string }{
		{"en/index.md", "Welcome.", `en/index.md has no "Welcome." to replace`},
		{"nl/nergens.md", "x", "the site has no nl/nergens.md"},
	} {
		msg := stops(t, func(tb testing.TB) { sitetest.Replace(tb, fsys, tc.name, tc.old, "y") })
		if !strings.Contains(msg, tc.want) {
			t.Errorf("Replace(%s, %q) stopped with %q, want %q", tc.name, tc.old, msg, tc.want)
		}
	}
}

func TestAppend(t *testing.T) {
	fsys := sitetest.FS(t)
	before := string(fsys["sources.yaml"].Data)
	sitetest.Append(t, fsys, "sources.yaml", "# more\n")
	if got := string(fsys["sources.yaml"].Data); got != before+"# more\n" {
		t.Errorf("sources.yaml = %q", got)
	}
	if msg := stops(t, func(tb testing.TB) { sitetest.Append(tb, fsys, "nope.yaml", "x") }); !strings.Contains(msg, "the site has no nope.yaml") {
		t.Errorf("Append to a missing file stopped with %q", msg)
	}
}

// A site written to disk loads as the same site.
func TestDir(t *testing.T) {
	dir := sitetest.Dir(t, sitetest.FS(t, "-- nl/jongeren/index.md --\nTekst.\n"))
	b, err := os.ReadFile(dir + "/nl/jongeren/index.md")
	if err != nil || string(b) != "Tekst.\n" {
		t.Errorf("nl/jongeren/index.md = %q, %v", b, err)
	}
	if _, err := content.Load(os.DirFS(sitetest.Dir(t, sitetest.FS(t))), content.Options{Now: sitetest.Now}); err != nil {
		t.Errorf("the default site on disk does not load: %v", err)
	}
}

func TestPage(t *testing.T) {
	for _, tc := range []struct{ fm, want string }{
		{"title: T", "---\ntitle: T\nreviewed: 2026-11-24\n---\nBody.\n"},
		{"title: T\nreviewed: 2025-01-01", "---\ntitle: T\nreviewed: 2025-01-01\n---\nBody.\n"},
	} {
		if got := string(sitetest.Page(tc.fm, "Body.\n").Data); got != tc.want {
			t.Errorf("Page(%q) = %q, want %q", tc.fm, got, tc.want)
		}
	}
}

var errFatal = errors.New("fatal")

// stops runs f with a testing.TB whose Fatalf records and unwinds, and
// returns what f stopped with ("" when it did not stop).
func stops(t *testing.T, f func(testing.TB)) string {
	rec := &fatalRecorder{TB: t}
	func() {
		defer func() {
			if r := recover(); r != nil && r != errFatal {
				panic(r)
			}
		}()
		f(rec)
	}()
	return rec.msg
}

// fatalRecorder is a testing.TB whose Fatalf records the message and
// unwinds, so a test can see that the kit stops a test.
type fatalRecorder struct {
	testing.TB
	msg string
}

func (r *fatalRecorder) Helper() {}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	panic(errFatal)
}

func TestReadJSON(t *testing.T) {
	dir := t.TempDir()
	good, bad := dir+"/good.json", dir+"/bad.json"
	if err := os.WriteFile(good, []byte(`{"nl": ["hulp"]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"nl": [`), 0o644); err != nil {
		t.Fatal(err)
	}
	var v map[string][]string
	sitetest.ReadJSON(t, good, &v)
	if len(v["nl"]) != 1 || v["nl"][0] != "hulp" {
		t.Errorf("ReadJSON = %v", v)
	}
	if msg := stops(t, func(tb testing.TB) { sitetest.ReadJSON(tb, bad, &v) }); !strings.Contains(msg, "bad.json: unexpected end of JSON input") {
		t.Errorf("a broken file stopped the test with %q", msg)
	}
}
