package readability

import (
	"bytes"
	"errors"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"signaal/internal/content"
)

// notRead are the parts of a rendered page that are not text to read: the
// breadcrumb trail, the list of sources (titles of reports, quoted as
// published), the reviewed date, and text only screen readers get (phone
// numbers spelled out digit by digit), and the phone numbers themselves
// (class "number"): a number is tapped or typed, not read as words, and
// counting a syllable per digit would make "Bel 0800-0432" the hardest
// sentence on an easy-read page. Everything else in the article is
// measured: the page's own words, the help-line cards, the checklist.
var notRead = []string{"crumbs", "sources", "reviewed", "visually-hidden", "number"}

// ArticleText returns the text a reader sees in a rendered page's
// <article>, laid out as content.PlainText lays it out. A page without an
// article is an error, not an empty text: an empty text has no words and
// would pass every level unmeasured.
func ArticleText(page []byte) (string, error) {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return "", err
	}
	art := find(doc, atom.Article)
	if art == nil {
		return "", errors.New("the rendered page has no <article>")
	}
	prune(art)
	var b bytes.Buffer
	for c := art.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&b, c); err != nil {
			return "", err
		}
	}
	return content.PlainText(b.String()), nil
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

// prune removes the parts in notRead, and scripts and styles, from n.
func prune(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style || hasClass(c, notRead)) {
			n.RemoveChild(c)
		} else {
			prune(c)
		}
		c = next
	}
}

func hasClass(n *html.Node, classes []string) bool {
	for _, a := range n.Attr {
		if a.Key != "class" {
			continue
		}
		for _, c := range strings.Fields(a.Val) {
			for _, want := range classes {
				if c == want {
					return true
				}
			}
		}
	}
	return false
}

// RenderedAudiences are the audiences whose pages are held to their level
// as rendered, help-line cards included, and not only by their own text:
// easy-read readers get no help from a hard card next to an easy page.
var RenderedAudiences = map[string]bool{content.AudienceEasyRead: true}

// CheckRendered holds page p, as rendered into page, to the level of its
// audience. `signaal check` runs it after rendering every page, for the
// audiences in RenderedAudiences.
func CheckRendered(p *content.Page, page []byte) []content.Problem {
	lv, ok := Levels[p.Audience]
	if !ok || !lv.Held || !RenderedAudiences[p.Audience] {
		return nil
	}
	text, err := ArticleText(page)
	if err != nil {
		return []content.Problem{{File: p.File, Line: 1, Message: "readability as rendered cannot be measured: " + err.Error()}}
	}
	return below(p, lv, Score(p.Lang, text), "readability as rendered, help-line cards included,",
		" on the page or in the cards' easy texts in helplines.yaml")
}
