package site

import (
	"testing"
	"time"

	"signaal/internal/content"
	"signaal/internal/sitetest"
	"signaal/templates"
)

// TestSecurityTxt checks /.well-known/security.txt against RFC 9116: the
// contact from site.yaml, Expires a year after the build's day, the languages,
// and Canonical at the site's own address.
func TestSecurityTxt(t *testing.T) {
	built := time.Date(2026, 12, 1, 21, 30, 15, 500, time.FixedZone("CET", 3600))
	cs, err := content.Load(sitetest.FS(t, testSite), content.Options{Now: built})
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
	want := "Contact: mailto:security@signaal.nl\n" +
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
	fsys := sitetest.FS(t, testSite)
	fsys["nl/over/index.md"] = sitetest.Page("title: Over\ndescription: Over ons\ntranslationKey: about\naudience: general\nlayout: about", "Over Signaal.\n")
	fsys["en/about/index.md"] = sitetest.Page("title: About\ndescription: About us\ntranslationKey: about\naudience: general\nlayout: about", "About Signaal.\n")
	s := buildTest(t, fsys)
	mail := func(addr string) sitetest.Checker {
		return sitetest.In(`a[href="mailto:`+addr+`"]`, sitetest.HasExactText(addr))
	}
	for p, checks := range map[string][]sitetest.Checker{
		"/nl/":       {sitetest.In("footer", sitetest.ContainsText("Signaal wordt uitgegeven door Uitgever.")), mail("redactie@signaal.nl")},
		"/en/":       {sitetest.In("footer", sitetest.ContainsText("Signaal is published by Uitgever.")), mail("redactie@signaal.nl")},
		"/nl/over/":  {sitetest.In("#publisher"), mail("security@signaal.nl"), sitetest.In(`a[href="/.well-known/security.txt"]`)},
		"/en/about/": {sitetest.ContainsText("Who makes Signaal?"), mail("security@signaal.nl")},
	} {
		checkPage(t, s, p, checks...)
	}
}
