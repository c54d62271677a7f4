package site

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/a-h/templ"
	qrcode "github.com/skip2/go-qrcode"

	"signaal/internal/content"
	"signaal/internal/lang"
	"signaal/templates"
)

// posters renders the printable poster and handout of every section that
// has one in posters.yaml, in both languages. Each carries a QR code to the
// section's public address, built from the base URL.
func posters(s *Site, opt Options) ([]*File, error) {
	cs := s.Content
	var out []*File
	for _, c := range lang.All {
		for _, sec := range cs.PosterSections(c) {
			for _, size := range []string{content.PosterA4, content.PosterA5} {
				pv, err := PosterView(cs, sec, size, s.Config)
				if err != nil {
					return nil, err
				}
				f, err := renderPage(pv.View, func(templates.View) templ.Component { return templates.Poster(pv) }, http.StatusOK)
				if err != nil {
					return nil, fmt.Errorf("poster %s: %w", pv.Path, err)
				}
				out = append(out, f)
			}
		}
	}
	return out, nil
}

// PosterView makes the view of a section's poster in one size.
func PosterView(cs *content.Site, sec *content.Page, size string, cfg templates.Config) (templates.PosterView, error) {
	p := cs.PosterFor(sec)
	if p == nil {
		return templates.PosterView{}, fmt.Errorf("%s has no poster", sec.File)
	}
	v := templates.View{Site: cs, Lang: sec.Lang, Path: content.PosterPath(sec, size), Config: cfg}
	if sec.Translation != nil && cs.PosterFor(sec.Translation) != nil {
		v.AltPath = content.PosterPath(sec.Translation, size)
	}
	title := "posterTitle"
	if size == content.PosterA5 {
		title = "handoutTitle"
	}
	v.Title = lang.Translate(sec.Lang, title, map[string]any{"Section": sec.Title})
	v.Description = p.Text(sec.Lang).Headline
	pv := templates.PosterView{View: v, Section: sec, Poster: p, Size: size, URL: v.Abs(sec.Path)}
	svg, err := QRSVG(pv.URL, lang.Translate(sec.Lang, "qrLabel", map[string]any{"URL": pv.URL}))
	if err != nil {
		return pv, fmt.Errorf("QR code for %s: %w", pv.URL, err)
	}
	pv.QR = svg
	return pv, nil
}

// QRSVG returns a QR code for text as inline SVG: one path of black
// modules, one unit per module, with the standard quiet zone of four
// modules. It scales to any size without blur and weighs a few kilobytes.
// Level M recovers from a little damage or a poor print.
func QRSVG(text, label string) (string, error) {
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return "", err
	}
	bits := q.Bitmap() // includes the four-module quiet zone
	n := len(bits)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-label="%s" shape-rendering="crispEdges">`,
		n, n, templ.EscapeString(label))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="`, n, n)
	for y, row := range bits {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			run := 1
			for x+run < len(row) && row[x+run] {
				run++
			}
			fmt.Fprintf(&b, "M%d %dh%dv1h-%dz", x, y, run, run)
			x += run
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String(), nil
}
