package site

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gzqr "github.com/makiuchi-d/gozxing/qrcode"

	"signaal/internal/sitetest"
)

var (
	svgTag   = regexp.MustCompile(`<svg class="qr"[^>]*viewBox="0 0 (\d+) (\d+)"[^>]*>.*?</svg>`)
	svgPath  = regexp.MustCompile(`<path fill="#000" d="([^"]*)"`)
	svgRun   = regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-(\d+)z`)
	svgLabel = regexp.MustCompile(`<svg class="qr"[^>]*aria-label="([^"]*)"`)
)

// decodeQR finds the inline QR SVG in a page, draws it as the printer would
// (black modules on white, 8 pixels a module) and reads it back with a QR
// decoder, so the test checks the bytes a reader's phone would see.
func decodeQR(t *testing.T, page string) string {
	t.Helper()
	svg := svgTag.FindStringSubmatch(page)
	if svg == nil {
		t.Fatal("no QR SVG in the page")
	}
	n, _ := strconv.Atoi(svg[1])
	d := svgPath.FindStringSubmatch(svg[0])
	if d == nil {
		t.Fatal("no path in the QR SVG")
	}
	runs := svgRun.FindAllStringSubmatch(d[1], -1)
	if got := strings.Join(func() []string {
		var s []string
		for _, r := range runs {
			s = append(s, r[0])
		}
		return s
	}(), ""); got != d[1] {
		t.Fatalf("the QR path has commands this test does not draw: %.80s", d[1])
	}
	const scale = 8
	img := image.NewGray(image.Rect(0, 0, n*scale, n*scale))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for _, r := range runs {
		x, _ := strconv.Atoi(r[1])
		y, _ := strconv.Atoi(r[2])
		w, _ := strconv.Atoi(r[3])
		for px := x * scale; px < (x+w)*scale; px++ {
			for py := y * scale; py < (y+1)*scale; py++ {
				img.SetGray(px, py, color.Gray{})
			}
		}
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gzqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true})
	if err != nil {
		t.Fatalf("the QR code does not decode: %v", err)
	}
	return res.GetText()
}

func TestPosterQRCodesDecodeToTheirSection(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	want := map[string]string{
		"/nl/posters/jongeren/":         testBase + "/nl/jongeren/",
		"/nl/posters/jongeren/a5/":      testBase + "/nl/jongeren/",
		"/en/posters/young-people/":     testBase + "/en/young-people/",
		"/en/posters/young-people/a5/":  testBase + "/en/young-people/",
		"/nl/posters/professionals/":    testBase + "/nl/professionals/",
		"/nl/posters/professionals/a5/": testBase + "/nl/professionals/",
		"/en/posters/professionals/":    testBase + "/en/professionals/",
		"/en/posters/professionals/a5/": testBase + "/en/professionals/",
	}
	got := 0
	for _, p := range s.Paths() {
		if strings.Contains(p, "/posters/") {
			got++
			if _, ok := want[p]; !ok {
				t.Errorf("unexpected poster %s", p)
			}
		}
	}
	if got != len(want) {
		t.Errorf("built %d posters, want %d", got, len(want))
	}
	for p, url := range want {
		t.Run(p, func(t *testing.T) {
			f := s.File(p)
			if f == nil {
				t.Fatalf("no poster at %s", p)
			}
			page := string(f.Body)
			if dec := decodeQR(t, page); dec != url {
				t.Errorf("QR code reads %q, want %q", dec, url)
			}
			if l := svgLabel.FindStringSubmatch(page); l == nil || !strings.Contains(l[1], url) {
				t.Errorf("QR code has no accessible name with its address: %v", l)
			}
			if f.Header.Get("Content-Type") != "text/html; charset=utf-8" || f.Brotli == nil {
				t.Errorf("poster is not a compressed HTML page: %v", f.Header)
			}
		})
	}
}

func TestPosterContent(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	title := func(want string) sitetest.Checker { return sitetest.In("head title", sitetest.HasExactText(want)) }
	h1 := func(want string) sitetest.Checker { return sitetest.In("h1", sitetest.HasExactText(want)) }
	link := func(href string) sitetest.Checker { return sitetest.In(`a[href="` + href + `"]`) }
	for _, tt := range []struct {
		path   string
		checks []sitetest.Checker
	}{
		{"/nl/posters/jongeren/", []sitetest.Checker{
			sitetest.In(".poster.poster-a4"), h1("Voelt iets niet goed?"), sitetest.In(".poster-lines li", sitetest.HasExactText("Praat erover.")),
			sitetest.In(`[data-helpline="kindertelefoon"]`), link("tel:08000432"), sitetest.In(`[data-helpline="112"]`),
			link("/nl/posters/jongeren/a5/"),                                               // the other size
			sitetest.In(`a[href="/en/posters/young-people/"][hreflang="en"][lang="en"]`),   // language switch
			sitetest.In("a.poster-url", sitetest.HasText(`signaal\.example/nl/jongeren$`)), // the address to type from paper
			title("Poster: Jongeren · Signaal"),
		}},
		{"/en/posters/young-people/a5/", []sitetest.Checker{
			sitetest.In(".poster.poster-a5"), h1("Something not right?"), link("/en/posters/young-people/"),
			title("Handout: Young people · Signaal"), link("/nl/posters/jongeren/a5/"),
			sitetest.LacksText("Praat erover"),
		}},
		{"/nl/posters/professionals/", []sitetest.Checker{h1("Zorgen?"), sitetest.NotIn(".poster-lines")}},
		// the QR SVG is only on posters
		{"/nl/jongeren/", []sitetest.Checker{sitetest.NotIn("svg.qr")}},
		// the teachers' page lists every poster and handout of its language
		{"/nl/professionals/docenten/", []sitetest.Checker{
			sitetest.In("#printables"), link("/nl/posters/jongeren/"), link("/nl/posters/jongeren/a5/"),
			link("/nl/posters/professionals/"), link("/nl/posters/professionals/a5/"),
			sitetest.NotIn(`a[href^="/en/posters/"]`),
		}},
	} {
		t.Run(tt.path, func(t *testing.T) { checkPage(t, s, tt.path, tt.checks...) })
	}
}

func TestNoPostersWithoutPostersFile(t *testing.T) {
	fsys := sitetest.FS(t, testSite)
	delete(fsys, "posters.yaml")
	s := buildTest(t, fsys)
	for _, p := range s.Paths() {
		if strings.Contains(p, "/posters/") {
			t.Errorf("poster %s without posters.yaml", p)
		}
	}
}

func TestQRSVGIsSmall(t *testing.T) {
	svg, err := QRSVG(testBase+"/nl/ouders-en-verzorgers/", `QR "x"`)
	if err != nil {
		t.Fatal(err)
	}
	if len(svg) > 6000 {
		t.Errorf("QR SVG is %d bytes", len(svg))
	}
	if !strings.Contains(svg, `aria-label="QR &#34;x&#34;"`) && !strings.Contains(svg, `aria-label="QR &quot;x&quot;"`) {
		t.Errorf("label not escaped: %s", svg[:200])
	}
}
