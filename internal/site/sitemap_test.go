package site

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"signaal/internal/sitetest"
)

// The sitemap as a search engine reads it.
type urlset struct {
	URLs []struct {
		Loc     string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
		Lastmod string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 lastmod"`
		Links   []struct {
			Rel      string `xml:"rel,attr"`
			Hreflang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 url"`
}

// TestSitemapValidates checks /sitemap.xml against the sitemaps.org 0.9
// schema (and the xhtml:link element) with xmllint, from libxml2-utils,
// which `make deps` installs. Go has no maintained XSD validator that does
// not need cgo and libxml2 anyway.
func TestSitemapValidates(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Fatal("xmllint is missing: run `make deps` (Debian package libxml2-utils)")
	}
	s := buildTest(t, sitetest.FS(t, testSite))
	file := filepath.Join(t.TempDir(), "sitemap.xml")
	if err := os.WriteFile(file, s.File("/sitemap.xml").Body, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", "testdata/sitemap/all.xsd", file).CombinedOutput()
	if err != nil {
		t.Fatalf("the sitemap does not validate: %v\n%s", err, out)
	}

	// The schema must catch a broken sitemap, or the test above proves nothing.
	bad := strings.Replace(string(s.File("/sitemap.xml").Body), `hreflang="en"`, `hreflang="English"`, 1)
	bad = strings.Replace(bad, "<lastmod>", "<changefreq>sometimes</changefreq><lastmod>", 1)
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", "testdata/sitemap/all.xsd", file).CombinedOutput(); err == nil {
		t.Errorf("a broken sitemap validated:\n%s", out)
	}
}

func TestSitemapListsEveryPageWithItsAlternates(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	f := s.File("/sitemap.xml")
	if f == nil || f.Header.Get("Content-Type") != "application/xml; charset=utf-8" {
		t.Fatalf("no XML sitemap: %+v", f)
	}
	var set urlset
	if err := xml.Unmarshal(f.Body, &set); err != nil {
		t.Fatal(err)
	}
	inMap := map[string]bool{}
	for _, u := range set.URLs {
		inMap[u.Loc] = true
		if !strings.HasPrefix(u.Loc, testBase+"/") {
			t.Errorf("loc %s is not absolute on the base URL", u.Loc)
		}
		langs := map[string]string{}
		for _, l := range u.Links {
			langs[l.Hreflang] = l.Href
		}
		if len(u.Links) != 3 || langs["nl"] == "" || langs["en"] == "" || langs["x-default"] != langs["nl"] {
			t.Errorf("%s: alternates %v, want nl, en and x-default = nl", u.Loc, langs)
		}
		if langs["nl"] != u.Loc && langs["en"] != u.Loc {
			t.Errorf("%s is not among its own alternates %v", u.Loc, langs)
		}
	}
	// Every HTML page of the site is in the sitemap but the search pages
	// (noindex: a list of links, nothing to show in a search engine), and
	// nothing else is.
	pages := 0
	for _, p := range s.Paths() {
		if strings.HasPrefix(s.File(p).Header.Get("Content-Type"), "text/html") && !strings.Contains(string(s.File(p).Body), `<meta name="robots" content="noindex">`) {
			pages++
			if !inMap[testBase+p] {
				t.Errorf("page %s is not in the sitemap", p)
			}
		}
	}
	if pages != len(set.URLs) {
		t.Errorf("sitemap has %d URLs for %d pages", len(set.URLs), pages)
	}
	for _, want := range []string{"/nl/jongeren/", "/en/posters/young-people/a5/"} {
		if !inMap[testBase+want] {
			t.Errorf("%s missing", want)
		}
	}
	if !strings.Contains(string(f.Body), `<url><loc>https://signaal.example/en/young-people/</loc><lastmod>2026-11-24</lastmod><xhtml:link rel="alternate" hreflang="nl" href="https://signaal.example/nl/jongeren/"/><xhtml:link rel="alternate" hreflang="en" href="https://signaal.example/en/young-people/"/><xhtml:link rel="alternate" hreflang="x-default" href="https://signaal.example/nl/jongeren/"/></url>`) {
		t.Errorf("sitemap entry for /en/young-people/ is not as expected:\n%s", f.Body)
	}
}

func TestRobotsPointsToTheSitemap(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	f := s.File("/robots.txt")
	if f == nil {
		t.Fatal("no robots.txt")
	}
	if got, want := string(f.Body), "User-agent: *\nAllow: /\n\nSitemap: https://signaal.example/sitemap.xml\n"; got != want {
		t.Errorf("robots.txt = %q, want %q", got, want)
	}
	if f.Header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Errorf("robots.txt type %s", f.Header.Get("Content-Type"))
	}
}
