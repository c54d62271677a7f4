// Package lang knows the site's two languages: which one a reader wants,
// and the interface text (navigation, buttons, footer, dates, counts) in each.
//
// Interface text lives in go-i18n message files, one per language, so that a
// translator edits TOML and never a template. Dutch is the default and the
// fallback: the site is for young people in the Netherlands first.
package lang

import (
	"context"
	"net/http"
	"slices"

	"golang.org/x/text/language"
)

// Code is a language code as it appears in addresses: "nl" or "en".
type Code string

// The site's languages. Dutch comes first everywhere: it is the default.
const (
	Dutch   Code = "nl"
	English Code = "en"
)

// All lists the languages in the order the site offers them.
var All = []Code{Dutch, English}

// Default is the language used when nothing else decides.
const Default = Dutch

// Valid reports whether s names one of the site's languages.
func Valid(s string) bool { return slices.Contains(All, Code(s)) }

// Other returns the language a page's translation is in.
func (c Code) Other() Code {
	if c == English {
		return Dutch
	}
	return English
}

// Locale returns the Open Graph locale of the language: Dutch as written in
// the Netherlands (nl_NL), English as in Britain (en_GB; the site writes
// British English).
func (c Code) Locale() string {
	if c == English {
		return "en_GB"
	}
	return "nl_NL"
}

var matcher = language.NewMatcher([]language.Tag{language.Dutch, language.English})

// FromRequest picks the language a browser asks for in Accept-Language,
// falling back to Dutch when it asks for neither (or for nothing).
func FromRequest(r *http.Request) Code {
	tags, _, err := language.ParseAcceptLanguage(r.Header.Get("Accept-Language"))
	if err != nil || len(tags) == 0 {
		return Default
	}
	_, idx, conf := matcher.Match(tags...)
	if conf == language.No {
		return Default
	}
	return All[idx]
}

type ctxKey struct{}

// WithCode returns a context that carries the language a page renders in,
// so that templates deep in a page can translate without threading it through.
func WithCode(ctx context.Context, c Code) context.Context {
	return context.WithValue(ctx, ctxKey{}, c)
}

// FromContext returns the language stored by WithCode, or Default.
func FromContext(ctx context.Context) Code {
	if c, ok := ctx.Value(ctxKey{}).(Code); ok {
		return c
	}
	return Default
}
