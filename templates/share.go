package templates

import "signaal/internal/lang"

// The addresses of the icons, the share image and the web manifest, which
// package build makes. They are fixed, not hashed, because browsers and
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

// ThemeColour is the browser's colour for the site's bar: --brand in site.css.
const ThemeColour = "#0b4f6c"

// ogLocale is the Open Graph locale of a language: Dutch as written in the
// Netherlands, English as in Britain (the site writes British English).
func ogLocale(c lang.Code) string {
	if c == lang.English {
		return "en_GB"
	}
	return "nl_NL"
}
