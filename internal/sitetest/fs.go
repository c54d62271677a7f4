package sitetest

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/tools/txtar"
)

// Now is the day the fixtures are judged on: the default site's pages are
// reviewed and its help lines checked on it, so no fixture goes stale as
// the calendar moves. Pass it as content.Options.Now.
var Now = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

// Default is the smallest site content.Load accepts without a problem: the
// data files it requires, a publisher in site.yaml, one help line, and a
// home page in both languages. A test names only what it adds or changes.
const Default = `
-- site.yaml --
publisher: {name: Uitgever, contact: redactie@signaal.nl, security: "mailto:security@signaal.nl"}
-- helplines.yaml --
- {key: "112", name: "112", needs: [emergency], who: [everyone], ways: [call], for: {nl: Gevaar, en: Danger}, phone: "112", hours: {always: true}, free: true, source: politie.nl, easy: {nl: Hulp, en: Help}, source_url: "https://politie.nl/", confidence: high, checked: 2026-11-24}
-- sources.yaml --
[]
-- signs.yaml --
[]
-- nl/index.md --
---
title: Signaal
description: Hulp
translationKey: home
audience: general
layout: home
reviewed: 2026-11-24
helplines: ["112"]
---
Welkom.
-- en/index.md --
---
title: Signaal
description: Help
translationKey: home
audience: general
layout: home
reviewed: 2026-11-24
---
Welcome.
`

// FS returns the Default site with the files of each archive laid over it,
// in order, file by file: a file named again replaces the earlier one, and
// a file whose whole text is "(deleted)" is removed, so a test can show
// what happens without it. A file's text is as written between its
// markers, with its final newline.
func FS(t testing.TB, archives ...string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, a := range append([]string{Default}, archives...) {
		ar := txtar.Parse([]byte(a))
		if len(ar.Files) == 0 && strings.TrimSpace(a) != "" {
			t.Fatalf("sitetest.FS: no -- name -- line in %q", clip(a, 60))
		}
		for _, f := range ar.Files {
			if strings.TrimSpace(string(f.Data)) == Deleted {
				delete(fsys, f.Name)
				continue
			}
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	return fsys
}

// Replace changes the first old in the named file to new, and stops the
// test when the file or old is not there: an edit that silently did not
// apply would leave the test checking the unbroken site, and passing.
func Replace(t testing.TB, fsys fstest.MapFS, name, old, new string) {
	t.Helper()
	f := fsys[name]
	if f == nil {
		t.Fatalf("sitetest.Replace: the site has no %s", name)
	}
	if !strings.Contains(string(f.Data), old) {
		t.Fatalf("sitetest.Replace: %s has no %q to replace", name, old)
	}
	fsys[name] = &fstest.MapFile{Data: []byte(strings.Replace(string(f.Data), old, new, 1)), Mode: f.Mode}
}

// Append adds text to the end of the named file (a help line to
// helplines.yaml, say), and stops the test when the site has no such file.
func Append(t testing.TB, fsys fstest.MapFS, name, text string) {
	t.Helper()
	f := fsys[name]
	if f == nil {
		t.Fatalf("sitetest.Append: the site has no %s", name)
	}
	fsys[name] = &fstest.MapFile{Data: append(slices.Clip(f.Data), text...), Mode: f.Mode}
}

// Dir writes the site to a new temporary folder and returns it, for a
// command that reads its content from disk (signaal check -content DIR).
func Dir(t testing.TB, fsys fstest.MapFS) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatalf("sitetest.Dir: %v", err)
	}
	return dir
}

// Deleted, as a file's whole text in an archive given to FS, removes that
// file from the site.
const Deleted = "(deleted)"

// Page writes a Markdown page: the front matter lines, then the body. It
// adds "reviewed" on Now unless the lines name it, so a table test can
// build pages in a loop without repeating what every page needs.
func Page(frontMatter, body string) *fstest.MapFile {
	if !strings.Contains(frontMatter, "reviewed:") {
		frontMatter += "\nreviewed: " + Now.Format(time.DateOnly)
	}
	return &fstest.MapFile{Data: []byte("---\n" + strings.TrimSpace(frontMatter) + "\n---\n" + body)}
}

// clip returns at most n bytes of s, for an error message.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}
