package site

import (
	"strings"
	"testing"
	"time"

	"signaal/internal/content"
	"signaal/templates"
)

// TestSecurityTxt checks /.well-known/security.txt against RFC 9116: the
// contact from site.yaml, Expires a year after the build's day, the languages,
// and Canonical at the site's own address.
func TestSecurityTxt(t *testing.T) {
	built := time.Date(2026, 12, 1, 21, 30, 15, 500, time.FixedZone("CET", 3600))
	cs, err := content.Load(testContent(), content.Options{Now: built})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Render(cs, Options{Config: templates.Config{BaseURL: testBase + "/"}, Static: testStatic, BrotliQuality: 1, Now: built})
	if err != nil {
		t.Fatal(err)
	}
	f := s.File("/.well-known/security.txt")
	if f == nil {
		t.Fatal("no /.well-known/security.txt")
	}
	want := "Contact: mailto:security@signaal.test\n" +
		"Expires: 2027-12-01T00:00:00Z\n" +
		"Preferred-Languages: nl, en\n" +
		"Canonical: https://signaal.example/.well-known/security.txt\n"
	if got := string(f.Body); got != want {
		t.Errorf("security.txt =\n%s\nwant\n%s", got, want)
	}
	if ct := f.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q: RFC 9116 wants text/plain; charset=utf-8", ct)
	}
}

// TestPublisherShown: every page's footer and the About page name the
// publisher from site.yaml, with its contact and security addresses.
func TestPublisherShown(t *testing.T) {
	fsys := testContent()
	fsys["nl/over/index.md"] = mdPage("title: Over\ndescription: Over ons\ntranslationKey: about\naudience: general\nlayout: about", "Over Signaal.\n")
	fsys["en/about/index.md"] = mdPage("title: About\ndescription: About us\ntranslationKey: about\naudience: general\nlayout: about", "About Signaal.\n")
	s := buildTest(t, fsys)
	for p, wants := range map[string][]string{
		"/nl/":       {`Signaal wordt uitgegeven door Uitgever.`, `<a href="mailto:redactie@signaal.test">redactie@signaal.test</a>`},
		"/en/":       {`Signaal is published by Uitgever.`, `<a href="mailto:redactie@signaal.test">redactie@signaal.test</a>`},
		"/nl/over/":  {`id="publisher"`, `<a href="mailto:security@signaal.test">security@signaal.test</a>`, `href="/.well-known/security.txt"`},
		"/en/about/": {`Who makes Signaal?`, `<a href="mailto:security@signaal.test">security@signaal.test</a>`},
	} {
		f := s.File(p)
		if f == nil {
			t.Fatalf("no %s", p)
		}
		for _, w := range wants {
			if !strings.Contains(string(f.Body), w) {
				t.Errorf("%s lacks %s", p, w)
			}
		}
	}
}
