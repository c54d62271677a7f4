package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/color"
	"image/png"
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"signaal"
	"signaal/internal/sitetest"
	"signaal/templates"
)

// stylesheetColours returns the first (light scheme) values of --brand-bg
// and --paper in the real site.css.
func stylesheetColours(t *testing.T) (brand, paper string) {
	t.Helper()
	css, err := fs.ReadFile(signaal.Static(), "site.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"brand-bg", "paper"} {
		m := regexp.MustCompile(`--` + name + `:\s*(#[0-9a-fA-F]{6})\b`).FindStringSubmatch(string(css))
		if m == nil {
			t.Fatalf("site.css has no --%s: #rrggbb", name)
		}
		if name == "paper" {
			paper = strings.ToLower(m[1])
		} else {
			brand = strings.ToLower(m[1])
		}
	}
	return brand, paper
}

// hexOf writes a pixel's colour as #rrggbb.
func hexOf(c color.Color) string {
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

// The committed icons have their sizes, and their background is the
// stylesheet's --brand-bg: a change of colour without new icons (make
// icons) fails here.
func TestIconsMatchTheStylesheet(t *testing.T) {
	brand, paper := stylesheetColours(t)
	s := buildTest(t, sitetest.FS(t, testSite))
	files, err := icons(s, Options{Static: signaal.Static()})
	if err != nil {
		t.Fatal(err)
	}
	served := map[string]*File{}
	for _, f := range files {
		served[f.Path] = f
	}
	for path, size := range map[string][2]int{
		templates.Favicon32:      {32, 32},
		templates.AppleTouchIcon: {180, 180},
		templates.Icon192:        {192, 192},
		templates.Icon512:        {512, 512},
		templates.ShareImage:     {templates.ShareWidth, templates.ShareHeight},
	} {
		f := served[path]
		if f == nil || f.Header.Get("Content-Type") != "image/png" {
			t.Errorf("%s: not a PNG file: %+v", path, f)
			continue
		}
		img, err := png.Decode(bytes.NewReader(f.Body))
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		b := img.Bounds()
		if b.Dx() != size[0] || b.Dy() != size[1] {
			t.Errorf("%s is %v, want %v", path, b.Size(), size)
		}
		// The background: a corner of a square icon, the middle of the
		// left edge of the rounded favicon (its corners are transparent).
		x, y := b.Max.X-2, b.Max.Y-2
		if path == templates.Favicon32 {
			x, y = 1, b.Dy()/2
			if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
				t.Errorf("%s: corner is not transparent", path)
			}
		}
		if got := hexOf(img.At(x, y)); got != brand {
			t.Errorf("%s: background %s, want --brand-bg %s", path, got, brand)
		}
		if path == templates.ShareImage && len(f.Body) > 40_000 {
			t.Errorf("share image is %d bytes", len(f.Body))
		}
	}
	if f := served[templates.FaviconSVG]; f == nil || !strings.Contains(string(f.Body), `fill="`+brand+`"`) {
		t.Errorf("SVG favicon missing or not in --brand-bg %s", brand)
	}
	f := served[templates.Manifest]
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
	if m.Name != "Signaal" || m.ShortName != "Signaal" || m.StartURL != "/nl/" || m.ThemeColor != brand || m.BackgroundColor != paper || len(m.Icons) != 3 {
		t.Errorf("manifest = %+v; want the colours %s on %s", m, brand, paper)
	}
	for _, ic := range m.Icons {
		if served[ic.Src] == nil {
			t.Errorf("manifest icon %s is not served", ic.Src)
		}
	}
	static, err := staticFiles(signaal.Static())
	if err != nil {
		t.Fatal(err)
	}
	for name := range static {
		if strings.HasPrefix(name, IconsDir+"/") {
			t.Errorf("%s: the icons are served at the root only, not under /static/", name)
		}
	}
}

// Static files without an icons folder give none; a folder that lacks one
// is an error naming it, not a site without its favicon.
func TestIconsFolder(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	if files, err := icons(s, Options{Static: fstest.MapFS{"site.css": {}}}); err != nil || len(files) != 0 {
		t.Errorf("no icons folder: %d files, %v", len(files), err)
	}
	partial := fstest.MapFS{"icons/favicon.svg": {Data: []byte("<svg/>")}}
	if _, err := icons(s, Options{Static: partial}); err == nil || !strings.Contains(err.Error(), "favicon-32.png") {
		t.Errorf("icons folder without favicon-32.png: %v", err)
	}
}

// The theme colour in the pages and the manifest's background are the
// stylesheet's --brand-bg (the header's blue) and --paper.
func TestThemeColourIsTheStylesheetBrand(t *testing.T) {
	brand, paper := stylesheetColours(t)
	if brand != templates.ThemeColour || paper != templates.PaperColour {
		t.Errorf("site.css --brand-bg %s, --paper %s; templates.ThemeColour %s, PaperColour %s", brand, paper, templates.ThemeColour, templates.PaperColour)
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
