package site

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/content"
	"signaal/internal/sitetest"
	"signaal/templates"
)

// testSite is a small two-language site with two sections that have a
// poster, a teachers' page, and a section without one. The kit's default
// site gives it its home pages.
const testSite = `
-- helplines.yaml --
- {key: "112", name: "112", needs: [emergency], who: [everyone], ways: [call], for: {nl: Gevaar, en: Danger}, phone: "112", hours: {always: true}, free: true, source: politie.nl, easy: {nl: Hulp, en: Help}, source_url: "https://politie.nl/", confidence: high, checked: 2026-11-24}
- {key: kindertelefoon, name: De Kindertelefoon, needs: [talk], who: [youth], ways: [call], for: {nl: Voor jongeren, en: For young people}, phone: "0800-0432", source: kindertelefoon.nl, easy: {nl: Voor jou, en: For you}, source_url: "https://kindertelefoon.nl/", confidence: high, checked: 2026-11-24}
-- posters.yaml --
- section: young-people
  nl: {headline: "Voelt iets niet goed?", lines: ["Praat erover."]}
  en: {headline: "Something not right?", lines: ["Talk about it."]}
  helplines: [kindertelefoon, "112"]
- section: professionals
  nl: {headline: "Zorgen?"}
  en: {headline: "Worried?"}
  helplines: ["112"]
-- nl/jongeren/index.md --
---
{title: Jongeren, description: Voor jou, translationKey: young-people, audience: youth, layout: section, reviewed: 2026-11-24}
---
## Signalen {#signs}

Tekst met een [link](https://www.kindertelefoon.nl/) en [een pagina](/nl/hulp/).
-- en/young-people/index.md --
---
{title: Young people, description: For you, translationKey: young-people, audience: youth, layout: section, reviewed: 2026-11-24}
---
## Signs {#signs}

Text.
-- nl/jongeren/praten.md --
---
{title: Praten, description: Over praten, translationKey: talk, audience: youth, reviewed: 2026-11-24}
---
Tekst.
-- en/young-people/talking.md --
---
{title: Talking, description: About talking, translationKey: talk, audience: youth, reviewed: 2026-11-24}
---
Text.
-- nl/professionals/index.md --
---
{title: Professionals, description: Werk, translationKey: professionals, audience: professionals, layout: section, reviewed: 2026-11-24}
---
Tekst.
-- en/professionals/index.md --
---
{title: Professionals, description: Work, translationKey: professionals, audience: professionals, layout: section, reviewed: 2026-11-24}
---
Text.
-- nl/professionals/docenten.md --
---
{title: Voor docenten, description: Linken, translationKey: for-teachers, audience: professionals, layout: teachers, reviewed: 2026-11-24}
---
Tekst.
-- en/professionals/teachers.md --
---
{title: For teachers, description: Linking, translationKey: for-teachers, audience: professionals, layout: teachers, reviewed: 2026-11-24}
---
Text.
-- nl/hulp/index.md --
---
{title: Hulp, description: Hulplijnen, translationKey: help, audience: general, layout: helplines, reviewed: 2026-11-24}
---
Tekst.
-- en/help/index.md --
---
{title: Help, description: Help lines, translationKey: help, audience: general, layout: helplines, reviewed: 2026-11-24}
---
Text.
`

const testBase = "https://signaal.example"

var testStatic = fstest.MapFS{
	"site.css": {Data: []byte("body{color:#000}")},
	"site.js":  {Data: []byte("//js")},
}

// checkPage runs HTML checks on a built page, and fails when there is no
// page at path.
func checkPage(t *testing.T, s *Site, path string, checks ...sitetest.Checker) {
	t.Helper()
	f := s.File(path)
	if f == nil {
		t.Errorf("no page at %s", path)
		return
	}
	sitetest.Check(t, path, f.Body, checks...)
}

// buildTest loads and builds a content tree.
func buildTest(t testing.TB, fsys fstest.MapFS) *Site {
	t.Helper()
	cs, err := content.Load(fsys, content.Options{Now: sitetest.Now})
	if err != nil {
		t.Fatalf("content: %v", err)
	}
	s, err := Render(cs, Options{
		Config:        templates.Config{BaseURL: testBase, ExitURL: "https://weather.example/"},
		Static:        testStatic,
		BrotliQuality: 5,
	})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	return s
}

// TestGeneratedFileCannotReplaceAPage checks that Build refuses an output
// whose address a page already has, instead of one silently replacing the
// other: here a content page at the address of a poster.
func TestGeneratedFileCannotReplaceAPage(t *testing.T) {
	fsys := sitetest.FS(t, testSite)
	fsys["nl/posters/jongeren.md"] = sitetest.Page("title: Poster\ndescription: d\ntranslationKey: poster-page\naudience: general", "Tekst.\n")
	fsys["en/posters/young-people.md"] = sitetest.Page("title: Poster\ndescription: d\ntranslationKey: poster-page\naudience: general", "Text.\n")
	cs, err := content.Load(fsys, content.Options{Now: sitetest.Now})
	if err != nil {
		t.Fatalf("content: %v", err)
	}
	_, err = Render(cs, Options{Config: templates.Config{BaseURL: testBase}, Static: testStatic, BrotliQuality: 1})
	if err == nil || !strings.Contains(err.Error(), "/nl/posters/jongeren/: two outputs have this address") {
		t.Errorf("Build: %v; want the poster's address refused", err)
	}
}
