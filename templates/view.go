// Package templates renders Signaal's pages with templ. Components take a
// View, a plain struct shaped like the page, and find the reader's language
// in the context (lang.WithCode), so every piece of interface text comes from
// the message files of package lang and never from a template.
package templates

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// A View is everything a page template needs.
type View struct {
	Site *content.Site
	Page *content.Page // nil on pages that are not content (404, search)
	Lang lang.Code

	// Path is the page's own address; AltPath the address of the same page
	// in the other language.
	Path, AltPath string

	// Title and Description describe the page for the head and for sharing.
	Title, Description string

	// Styles are stylesheets a kind of page adds after site.css (posters
	// add poster.css), so the other pages do not download their rules.
	Styles []string

	Config
}

// Config is what stays the same for every page of one build.
type Config struct {
	// BaseURL is the public address of the site, without a trailing slash,
	// used wherever an absolute link is needed (canonical, hreflang).
	BaseURL string
	// ExitURL is where the quick exit button sends a reader.
	ExitURL string
	// Assets maps a static file's name ("site.css") to its address, which
	// carries a content hash so it can be cached for good.
	Assets map[string]string
	// DevScript is the address of the script that reloads a page when the
	// editor's server (signaal serve -dev) rebuilds the site. It is empty
	// in production: production pages carry no reload code.
	DevScript string
}

// Asset returns the address of a static file.
func (v View) Asset(name string) string {
	if a, ok := v.Assets[name]; ok {
		return a
	}
	return "/static/" + name
}

// Abs returns the absolute address of a site path.
func (v View) Abs(p string) string { return strings.TrimSuffix(v.BaseURL, "/") + p }

// Home returns the address of the home page in the view's language.
func (v View) Home() string { return "/" + string(v.Lang) + "/" }

// A MenuLink is one link of the menu or the footer in the view's language.
type MenuLink struct {
	Path, Label string
}

// routePaths gives the address of each route a menu entry may name
// (content.Routes); a test holds the two lists in step.
var routePaths = map[content.Route]func(lang.Code) string{
	content.RouteSearch: SearchPath,
}

// MenuLinks returns the links of the menu (short: a page shows its
// linkTitle) or of the footer (its full title), as menu.yaml lists them.
// content.Load has checked every entry, so one that does not resolve (a
// site without that page) is left out rather than shown empty.
func (v View) MenuLinks(entries []*content.MenuEntry, short bool) []MenuLink {
	var out []MenuLink
	for _, e := range entries {
		l := MenuLink{Label: e.Label[v.Lang]}
		switch p := v.PageByKey(e.Page); {
		case e.Route != "":
			if path := routePaths[e.Route]; path != nil {
				l.Path = path(v.Lang)
			}
		case p != nil:
			l.Path = p.Path
			if l.Label == "" && short {
				l.Label = p.ShortTitle()
			} else if l.Label == "" {
				l.Label = p.Title
			}
		}
		if l.Path != "" && l.Label != "" {
			out = append(out, l)
		}
	}
	return out
}

// Menu returns the links of the menu.
func (v View) Menu() []MenuLink {
	if v.Site == nil {
		return nil
	}
	return v.MenuLinks(v.Site.Menus.Menu, true)
}

// Footer returns the links of the footer.
func (v View) Footer() []MenuLink {
	if v.Site == nil {
		return nil
	}
	return v.MenuLinks(v.Site.Menus.Footer, false)
}

// Nav returns the pages the menu links to, in its order: the sections a
// search that finds nothing offers, and the search page lists in full.
func (v View) Nav() []*content.Page {
	if v.Site == nil {
		return nil
	}
	var out []*content.Page
	for _, e := range v.Site.Menus.Menu {
		if p := v.PageByKey(e.Page); p != nil {
			out = append(out, p)
		}
	}
	return out
}

// PageByKey returns the page with a translation key in the view's language.
func (v View) PageByKey(key string) *content.Page {
	if v.Site == nil {
		return nil
	}
	return v.Site.PageByKey(v.Lang, key)
}

// Helplines returns the help lines a page refers to, in its order.
func (v View) Helplines(keys []string) []*content.Helpline {
	var out []*content.Helpline
	for _, k := range keys {
		if h := v.Site.Helpline(k); h != nil {
			out = append(out, h)
		}
	}
	return out
}

// Sources returns the sources a page refers to.
func (v View) Sources(keys []string) []*content.Source {
	var out []*content.Source
	for _, k := range keys {
		if s := v.Site.Source(k); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// switchPath is where the language switch leads: the same page in the other
// language, or the other home page when there is no such page.
func switchPath(v View) string {
	if v.AltPath != "" {
		return v.AltPath
	}
	return "/" + string(v.Lang.Other()) + "/"
}

// xDefault is the page for readers whose language the site does not have:
// the Dutch one.
func xDefault(v View) string {
	if v.Lang == lang.Default {
		return v.Path
	}
	return v.AltPath
}

// signID is the ID of one checkbox on the checklist.
func signID(group string, i int) string { return group + "-" + strconv.Itoa(i+1) }

// needTitles are the message IDs of the help page's group headings, one
// per need (content.Needs), written out so that every message a template
// uses can be found by name; TestUsedMessagesExist reads this table.
var needTitles = map[string]string{
	"emergency": "need_emergency",
	"talk":      "need_talk",
	"chat":      "need_chat",
	"tip":       "need_tip",
	"report":    "need_report",
	"images":    "need_images",
	"suicide":   "need_suicide",
}

// linesFor returns the help lines that meet a need, in file order.
func linesFor(s *content.Site, need string) []*content.Helpline {
	var out []*content.Helpline
	for _, h := range s.Helplines {
		if slices.Contains(h.Needs, need) {
			out = append(out, h)
		}
	}
	return out
}

// fullTitle is the text of the <title>: the page title and the site name,
// or the site name alone on a home page. It stays calm, because a history
// list shows it.
func fullTitle(v View) string {
	if v.Page != nil && v.Page.IsHome() || v.Title == "Signaal" {
		return "Signaal"
	}
	return v.Title + " · Signaal"
}

// searchPaths are the addresses of the search page, one per language,
// named in the reader's language like every other address.
var searchPaths = map[lang.Code]string{lang.Dutch: "/nl/zoeken", lang.English: "/en/search"}

// SearchPath returns the address of the search page of language c. The
// server routes it; the search forms post to it.
func SearchPath(c lang.Code) string { return searchPaths[c] }

// sourceDate writes when a source appeared: a day, a month when the source
// gives no day, or "undated".
func sourceDate(ctx context.Context, v View, s *content.Source) string {
	switch {
	case s.Date.IsZero():
		return lang.T(ctx, "undated")
	case s.Date.MonthOnly:
		return lang.Month(v.Lang, s.Date.Time)
	}
	return lang.Date(v.Lang, s.Date.Time)
}
