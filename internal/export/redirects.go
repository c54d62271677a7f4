package export

import (
	"fmt"
	"strings"

	"signaal/internal/lang"
	"signaal/internal/site"
)

// Redirects returns the _redirects file, in the format of Netlify, for the
// two things a static host cannot know from the files alone:
//
//   - A missing page under /nl/ or /en/ gets that language's 404.html with
//     status 404 (and anything else the Dutch one). A rule with a status
//     applies only where no file matches, so pages are never shadowed.
//   - The root sends a browser that asks for English to /en/ and every
//     other one to /nl/, as the Go server does; "302!" makes the rule win
//     over the root index.html, which stays for hosts without it.
//
// Cloudflare Pages reads the same file but knows neither a language
// condition nor a 404 rule nor "!"; it skips lines it does not understand,
// serves the nearest 404.html with status 404 by itself, and so sends
// every reader at the root on to /nl/ through index.html (see the README).
func Redirects(built *site.Site) string {
	var b strings.Builder
	b.WriteString("# Redirects for a static host (Netlify; Cloudflare Pages skips what it does not\n")
	b.WriteString("# know), written by `signaal export`. Do not edit: export again.\n")
	for _, c := range lang.All {
		if c != lang.Default {
			fmt.Fprintf(&b, "/  /%s/  302!  Language=%s\n", c, c)
		}
	}
	fmt.Fprintf(&b, "/  /%s/  302!\n", lang.Default)
	for _, c := range lang.All {
		if built.NotFound[c] != nil {
			fmt.Fprintf(&b, "/%s/*  /%s/404.html  404\n", c, c)
		}
	}
	if built.NotFound[lang.Default] != nil {
		b.WriteString("/*  /404.html  404\n")
	}
	return b.String()
}
