package templates

import (
	"strings"

	"signaal/internal/content"
)

// A PosterView is a printable poster (A4) or handout (A5) of one section.
type PosterView struct {
	View
	Section *content.Page
	Poster  *content.Poster
	// Size is content.PosterA4 or content.PosterA5.
	Size string
	// URL is the section's public address, which the QR code holds.
	URL string
	// QR is the QR code as inline SVG, made by package site.
	QR string
}

// withStyles is the poster's view with its own stylesheet, poster.css.
func (pv PosterView) withStyles() View {
	v := pv.View
	v.Styles = append(v.Styles[:len(v.Styles):len(v.Styles)], "poster.css")
	return v
}

// Text returns the poster's message in the view's language.
func (pv PosterView) Text() content.PosterText { return pv.Poster.Text(pv.Lang) }

// OtherSize returns the address of the same poster in the other size.
func (pv PosterView) OtherSize() string {
	if pv.Size == content.PosterA5 {
		return content.PosterPath(pv.Section, content.PosterA4)
	}
	return content.PosterPath(pv.Section, content.PosterA5)
}

// shortURL is an address as a person types it from paper: no scheme, no
// trailing slash.
func shortURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(u, "/")
}
