package site

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"signaal/internal/content"
	"signaal/templates"
)

// mdPage writes a page file with front matter lines and a body.
func mdPage(fm, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\n" + fm + "\nreviewed: 2026-11-24\n---\n" + body)}
}

const testHelplines = `- {key: "112", name: "112", needs: [emergency], who: [everyone], ways: [call], for: {nl: Gevaar, en: Danger}, phone: "112", hours: {always: true}, free: true, source: politie.nl, easy: {nl: Hulp, en: Help}, source_url: "https://politie.nl/", confidence: high, checked: 2026-11-24}
- {key: kindertelefoon, name: De Kindertelefoon, needs: [talk], who: [youth], ways: [call], for: {nl: Voor jongeren, en: For young people}, phone: "0800-0432", source: kindertelefoon.nl, easy: {nl: Voor jou, en: For you}, source_url: "https://kindertelefoon.nl/", confidence: high, checked: 2026-11-24}
`

const testPosters = `- section: young-people
  nl: {headline: "Voelt iets niet goed?", lines: ["Praat erover."]}
  en: {headline: "Something not right?", lines: ["Talk about it."]}
  helplines: [kindertelefoon, "112"]
- section: professionals
  nl: {headline: "Zorgen?"}
  en: {headline: "Worried?"}
  helplines: ["112"]
`

// testContent is a small two-language site with two sections that have a
// poster, a teachers' page, and a section without one.
func testContent() fstest.MapFS {
	return fstest.MapFS{
		"helplines.yaml": {Data: []byte(testHelplines)},
		"sources.yaml":   {Data: []byte("[]\n")},
		"site.yaml":      {Data: []byte("publisher: {name: Uitgever, contact: redactie@signaal.test, security: \"mailto:security@signaal.test\"}\n")},
		"signs.yaml":     {Data: []byte("[]\n")},
		"posters.yaml":   {Data: []byte(testPosters)},
		"nl/index.md":    mdPage("title: Signaal\ndescription: Hulp\ntranslationKey: home\naudience: general\nlayout: home\nhelplines: [\"112\"]", "Welkom.\n"),
		"en/index.md":    mdPage("title: Signaal\ndescription: Help\ntranslationKey: home\naudience: general\nlayout: home", "Welcome.\n"),
		"nl/jongeren/index.md": mdPage("title: Jongeren\ndescription: Voor jou\ntranslationKey: young-people\naudience: youth\nlayout: section",
			"## Signalen {#signs}\n\nTekst met een [link](https://www.kindertelefoon.nl/) en [een pagina](/nl/hulp/).\n"),
		"en/young-people/index.md": mdPage("title: Young people\ndescription: For you\ntranslationKey: young-people\naudience: youth\nlayout: section",
			"## Signs {#signs}\n\nText.\n"),
		"nl/jongeren/praten.md":        mdPage("title: Praten\ndescription: Over praten\ntranslationKey: talk\naudience: youth", "Tekst.\n"),
		"en/young-people/talking.md":   mdPage("title: Talking\ndescription: About talking\ntranslationKey: talk\naudience: youth", "Text.\n"),
		"nl/professionals/index.md":    mdPage("title: Professionals\ndescription: Werk\ntranslationKey: professionals\naudience: professionals\nlayout: section", "Tekst.\n"),
		"en/professionals/index.md":    mdPage("title: Professionals\ndescription: Work\ntranslationKey: professionals\naudience: professionals\nlayout: section", "Text.\n"),
		"nl/professionals/docenten.md": mdPage("title: Voor docenten\ndescription: Linken\ntranslationKey: for-teachers\naudience: professionals\nlayout: teachers", "Tekst.\n"),
		"en/professionals/teachers.md": mdPage("title: For teachers\ndescription: Linking\ntranslationKey: for-teachers\naudience: professionals\nlayout: teachers", "Text.\n"),
		"nl/hulp/index.md":             mdPage("title: Hulp\ndescription: Hulplijnen\ntranslationKey: help\naudience: general\nlayout: helplines", "Tekst.\n"),
		"en/help/index.md":             mdPage("title: Help\ndescription: Help lines\ntranslationKey: help\naudience: general\nlayout: helplines", "Text.\n"),
	}
}

const testBase = "https://signaal.example"

var testStatic = fstest.MapFS{
	"site.css": {Data: []byte("body{color:#000}")},
	"site.js":  {Data: []byte("//js")},
}

// buildTest loads and builds a content tree.
func buildTest(t testing.TB, fsys fstest.MapFS) *Site {
	t.Helper()
	cs, err := content.Load(fsys, content.Options{Now: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)})
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
	fsys := testContent()
	fsys["nl/posters/jongeren.md"] = mdPage("title: Poster\ndescription: d\ntranslationKey: poster-page\naudience: general", "Tekst.\n")
	fsys["en/posters/young-people.md"] = mdPage("title: Poster\ndescription: d\ntranslationKey: poster-page\naudience: general", "Text.\n")
	cs, err := content.Load(fsys, content.Options{Now: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("content: %v", err)
	}
	_, err = Render(cs, Options{Config: templates.Config{BaseURL: testBase}, Static: testStatic, BrotliQuality: 1})
	if err == nil || !strings.Contains(err.Error(), "/nl/posters/jongeren/: two outputs have this address") {
		t.Errorf("Build: %v; want the poster's address refused", err)
	}
}
