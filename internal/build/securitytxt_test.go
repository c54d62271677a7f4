package build

import (
	"testing"
	"time"

	"signaal/internal/content"
	"signaal/templates"
)

// TestSecurityTxt checks /.well-known/security.txt against RFC 9116: the
// contact from site.yaml, Expires a year after the build, the languages,
// and Canonical at the site's own address.
func TestSecurityTxt(t *testing.T) {
	built := time.Date(2026, 12, 1, 21, 30, 15, 500, time.FixedZone("CET", 3600))
	cs, err := content.Load(testContent(), content.Options{Now: built})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(cs, Options{Config: templates.Config{BaseURL: testBase + "/"}, Static: testStatic, BrotliQuality: 1, Now: built})
	if err != nil {
		t.Fatal(err)
	}
	f := s.File("/.well-known/security.txt")
	if f == nil {
		t.Fatal("no /.well-known/security.txt")
	}
	want := "Contact: mailto:security@signaal.test\n" +
		"Expires: 2027-12-01T20:30:15Z\n" +
		"Preferred-Languages: nl, en\n" +
		"Canonical: https://signaal.example/.well-known/security.txt\n"
	if got := string(f.Body); got != want {
		t.Errorf("security.txt =\n%s\nwant\n%s", got, want)
	}
	if ct := f.Header.Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q: RFC 9116 wants text/plain; charset=utf-8", ct)
	}
}
