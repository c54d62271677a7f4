package templates

import (
	"html"
	"regexp"
)

// The addresses of the icons, the share image and the web manifest, which
// package site makes. They are fixed, not hashed, because browsers and
// share previews ask for them by name; the ETag keeps a revisit cheap.
const (
	FaviconSVG     = "/favicon.svg"
	Favicon32      = "/favicon-32.png"
	AppleTouchIcon = "/apple-touch-icon.png"
	Icon192        = "/icon-192.png"
	Icon512        = "/icon-512.png"
	ShareImage     = "/share.png"
	Manifest       = "/manifest.webmanifest"
)

// ShareWidth and ShareHeight are the size of the share image, as Open Graph
// previews show it.
const ShareWidth, ShareHeight = 1200, 630

// ThemeColour is the browser's colour for the site's bar, and the
// background of the icons: --brand-bg in site.css (its light scheme's
// value). PaperColour is the page's background, --paper, which the web
// manifest gives as the colour to show while the site opens. A test holds
// both to the stylesheet.
const (
	ThemeColour = "#0b4f6c"
	PaperColour = "#ffffff"
)

// internalLink matches the start of a link to a page of the site in
// rendered Markdown, which goldmark writes as <a href="/…".
var internalLink = regexp.MustCompile(`<a href="(/[^"]*)"`)

// withPrintAddresses gives every link to a page of the site a data-print
// attribute with its full address, so the print stylesheet can write it
// after the link: on paper, "/nl/hulp/" is no use without the site's name.
func withPrintAddresses(v View, body string) string {
	return internalLink.ReplaceAllStringFunc(body, func(m string) string {
		p := internalLink.FindStringSubmatch(m)[1]
		// p is already escaped by goldmark; the base URL comes from a flag.
		return m + ` data-print="` + html.EscapeString(v.Abs("")) + p + `"`
	})
}
