package site

import (
	"bytes"
	"encoding/json"
	"image/png"
	"strings"
	"testing"

	"signaal"
	"signaal/internal/sitetest"
	"signaal/templates"
)

func TestIconsShareImageAndManifest(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	for path, size := range map[string][2]int{
		templates.Favicon32:      {32, 32},
		templates.AppleTouchIcon: {180, 180},
		templates.Icon192:        {192, 192},
		templates.Icon512:        {512, 512},
		templates.ShareImage:     {templates.ShareWidth, templates.ShareHeight},
	} {
		f := s.File(path)
		if f == nil || f.Header.Get("Content-Type") != "image/png" {
			t.Errorf("%s: not a PNG file: %+v", path, f)
			continue
		}
		img, err := png.Decode(bytes.NewReader(f.Body))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if b := img.Bounds(); b.Dx() != size[0] || b.Dy() != size[1] {
			t.Errorf("%s is %v, want %v", path, b.Size(), size)
		}
		// The centre of the dot is white, a corner of a square icon the brand blue.
		if path != templates.Favicon32 {
			r, g, b, _ := img.At(img.Bounds().Dx()-2, img.Bounds().Dy()-2).RGBA()
			if r>>8 != 0x0b || g>>8 != 0x4f || b>>8 != 0x6c {
				t.Errorf("%s: corner colour %x %x %x, want the brand blue", path, r>>8, g>>8, b>>8)
			}
		}
		if path == templates.ShareImage && len(f.Body) > 40_000 {
			t.Errorf("share image is %d bytes", len(f.Body))
		}
	}
	if f := s.File(templates.FaviconSVG); f == nil || !strings.Contains(string(f.Body), `fill="#0b4f6c"`) {
		t.Errorf("SVG favicon missing or not in the brand colour")
	}
	f := s.File(templates.Manifest)
	if f == nil || f.Header.Get("Content-Type") != "application/manifest+json" {
		t.Fatalf("no manifest: %+v", f)
	}
	var m struct {
		Name, ShortName, ThemeColor, BackgroundColor, StartURL string
		Icons                                                  []struct{ Src, Sizes, Type string }
	}
	if err := json.Unmarshal(bytes.ReplaceAll(f.Body, []byte("_"), nil), &m); err != nil {
		t.Fatal(err)
	}
	if m.Name != "Signaal" || m.ShortName != "Signaal" || m.StartURL != "/nl/" || m.BackgroundColor != "#ffffff" || len(m.Icons) != 3 {
		t.Errorf("manifest = %+v", m)
	}
	for _, ic := range m.Icons {
		if s.File(ic.Src) == nil {
			t.Errorf("manifest icon %s is not served", ic.Src)
		}
	}
}

// The theme colour in the pages is the stylesheet's --brand-bg (the
// header's blue), as the manifest and the icons read it.
func TestThemeColourIsTheStylesheetBrand(t *testing.T) {
	brand, paper := siteColours(signaal.Static())
	if brand != templates.ThemeColour || paper != "#ffffff" {
		t.Errorf("site.css --brand-bg %s, --paper %s; templates.ThemeColour %s", brand, paper, templates.ThemeColour)
	}
}

func TestOpenGraph(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	meta := func(attr, name, content string) sitetest.Checker {
		return sitetest.In(`head meta[`+attr+`="`+name+`"]`, sitetest.HasExactAttr("content", content))
	}
	link := func(rel, href string) sitetest.Checker {
		return sitetest.In(`head link[rel="`+rel+`"]`, sitetest.HasExactAttr("href", href))
	}
	checkPage(t, s, "/nl/jongeren/",
		meta("name", "description", "Voor jou"),
		meta("property", "og:title", "Jongeren"),
		meta("property", "og:description", "Voor jou"),
		meta("property", "og:url", "https://signaal.example/nl/jongeren/"),
		meta("property", "og:locale", "nl_NL"),
		meta("property", "og:locale:alternate", "en_GB"),
		meta("property", "og:image", "https://signaal.example/share.png"),
		sitetest.In(`head link[rel="icon"][type="image/svg+xml"]`, sitetest.HasExactAttr("href", "/favicon.svg")),
		link("apple-touch-icon", "/apple-touch-icon.png"),
		link("manifest", "/manifest.webmanifest"),
		meta("name", "theme-color", "#0b4f6c"),
	)
	checkPage(t, s, "/en/young-people/",
		meta("property", "og:locale", "en_GB"),
		meta("property", "og:locale:alternate", "nl_NL"),
		meta("property", "og:image:alt", "Signaal: a dot with two waves, white on blue"),
	)
	if strings.Contains(string(s.File("/nl/jongeren/").Body), "serviceWorker") {
		t.Error("a service worker crept in")
	}
}
