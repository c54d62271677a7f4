package browsertest

import (
	"context"
	"math"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"signaal/internal/content"
	"signaal/internal/lang"
)

var (
	pdfPage     = regexp.MustCompile(`/Type\s*/Page\b`)
	pdfMediaBox = regexp.MustCompile(`/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]`)
)

// Paper sizes in PDF points (1/72 inch).
var paperPoints = map[string][2]float64{content.PosterA4: {595.3, 841.9}, content.PosterA5: {419.5, 595.3}}

// TestPostersPrintOnOneSheet prints every poster (A4) and handout (A5), in
// both languages, as a browser's print dialog does with the page size the
// stylesheet asks for (@page), and checks each fills exactly one sheet of
// its size: a teacher who prints a poster gets one poster, not one and a
// bit.
func TestPostersPrintOnOneSheet(t *testing.T) {
	s := liveSite(t)
	tb := newTab(t)
	defer tb.cancel()
	yes := true
	n := 0
	for _, c := range lang.All {
		for _, sec := range s.Site.Content.PosterSections(c) {
			for _, size := range []string{content.PosterA4, content.PosterA5} {
				p := content.PosterPath(sec, size)
				ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
				err := chromedp.Do(ctx, phone.emulate(), chromedp.Navigate(s.URL+p))
				var res page.PrintToPDFResult
				if err == nil {
					res, err = chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes, PrintBackground: &yes})
				}
				cancel()
				if err != nil {
					t.Fatalf("%s: printing: %v", p, err)
				}
				pages := len(pdfPage.FindAll(res.Data, -1))
				if pages != 1 {
					t.Errorf("%s prints on %d sheets, want 1", p, pages)
				}
				want := paperPoints[size]
				for _, m := range pdfMediaBox.FindAllSubmatch(res.Data, -1) {
					w, _ := strconv.ParseFloat(string(m[1]), 64)
					h, _ := strconv.ParseFloat(string(m[2]), 64)
					if math.Abs(w-want[0]) > 2 || math.Abs(h-want[1]) > 2 {
						t.Errorf("%s prints on %.0f×%.0f pt paper, want %s (%.0f×%.0f)", p, w, h, size, want[0], want[1])
					}
				}
				n++
			}
		}
	}
	if n == 0 {
		t.Fatal("the site has no posters to print")
	}
	t.Logf("printed %d posters and handouts", n)
}
