package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/sitetest"
)

func TestCheck(t *testing.T) {
	base := sitetest.FS(t)
	var out, errOut bytes.Buffer
	if code := run([]string{"check", "-content", sitetest.Dir(t, base)}, &out, &errOut); code != 0 {
		t.Fatalf("valid content: exit %d\n%s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "2 pages") {
		t.Errorf("output %q", out.String())
	}

	out.Reset()
	if code := run([]string{"check", "-report", "-content", sitetest.Dir(t, base)}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "words/sentence") || !strings.Contains(out.String(), "nl/index.md") {
		t.Errorf("check -report: exit %d, output %q", code, out.String())
	}

	// a report that cannot be written (a closed pipe, a full disk) fails the command
	errOut.Reset()
	if code := run([]string{"check", "-report", "-content", sitetest.Dir(t, base)}, failingWriter{}, &errOut); code != 1 || !strings.Contains(errOut.String(), "writing the report") {
		t.Errorf("check -report to a failing writer: exit %d, stderr %q", code, errOut.String())
	}

	sitetest.Replace(t, base, "en/index.md", "Welcome.", "Hello, see [x](/en/gone/).")
	out.Reset()
	errOut.Reset()
	if code := run([]string{"check", "-content", sitetest.Dir(t, base)}, &out, &errOut); code != 1 {
		t.Fatalf("broken link: exit %d, want 1", code)
	}
	if want := `en/index.md:9: link "/en/gone/" leads nowhere`; !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr %q lacks %q", errOut.String(), want)
	}
}

func TestEmbeddedContentPasses(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"check"}, &out, &errOut); code != 0 {
		t.Fatalf("the embedded content fails its check:\n%s", errOut.String())
	}
}

func TestUnknownCommand(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"frobnicate"}, &out, &errOut); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

// A page that is a symbolic link out of the content folder is refused on
// disk as well (the content folder is opened as an os.Root).
func TestCheckRefusesLinksOutOfTheContentFolder(t *testing.T) {
	outside := sitetest.Dir(t, fstest.MapFS{"secret.md": sitetest.Page("title: T\ndescription: D\ntranslationKey: secret\naudience: general", "Secret.\n")})
	dir := sitetest.Dir(t, sitetest.FS(t))
	if err := os.Symlink(filepath.Join(outside, "secret.md"), filepath.Join(dir, "nl", "geheim.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "en", "more")); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	code := run([]string{"check", "-content", dir}, &out, &errOut)
	for _, want := range []string{"nl/geheim.md: is a symbolic link to " + outside, "en/more: is a symbolic link to " + outside} {
		if code != 1 || !strings.Contains(errOut.String(), want) {
			t.Errorf("exit %d, stderr:\n%s\nwant %q", code, errOut.String(), want)
		}
	}
}

// failingWriter fails every write, as a closed pipe does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }
