// Package search finds pages of one language of the site by what they say.
// It is small on purpose: the site has tens of pages, not millions, so the
// index is a map from stemmed term to the pages that hold it, built in a
// few milliseconds when the site loads and held in memory next to it.
//
// Words are folded (lower case, no accents) and stemmed with the Snowball
// stemmers for Dutch and English (github.com/blevesearch/snowballstem), so
// "signaal" finds "signalen" and "threatening" finds "threats". Ranking is
// BM25F: a word in a page's title counts more than one in a heading, which
// counts more than one in the text. A query term also finds the words it
// begins (Dutch glues words together: "hulp" finds "hulplijn") and a longer
// form of the same stem, at a lower weight.
package search

import (
	"slices"
	"strings"

	"golang.org/x/net/html"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// The fields of a page, each weighted in the ranking.
const (
	fieldTitle = iota
	fieldDescription
	fieldHeadings
	fieldBody
	// fieldKeywords holds the front matter's keywords: words readers type
	// that the page does not use. They say what the page is about, as the
	// description does, and count as much.
	fieldKeywords
	numFields
)

// fieldWeight says how much a match in each field counts.
var fieldWeight = [numFields]float64{fieldTitle: 4, fieldDescription: 2, fieldHeadings: 2, fieldBody: 1, fieldKeywords: 2}

// fieldB is how much BM25 discounts a match for a long field. Keywords are
// not discounted: most pages have none, so the average is near zero and
// any page that names a few would count them for almost nothing.
var fieldB = [numFields]float64{fieldTitle: b, fieldDescription: b, fieldHeadings: b, fieldBody: b, fieldKeywords: 0}

// A block is one paragraph, list item or table cell of a page's text: the
// unit a snippet is cut from, with the section it stands in.
type block struct {
	text    string
	tokens  []token
	anchor  string // ID of the section heading above it; "" before the first
	section string // text of that heading
	// heading is true for the heading itself: it can be the best match,
	// but its words count in the headings field, not the text.
	heading bool
}

// A doc is one page as the index sees it.
type doc struct {
	page   *content.Page
	length [numFields]int // tokens per field
	blocks []block
	desc   []token // tokens of the description, for a snippet when the text has no match
}

// A posting says how often a term occurs in each field of one page.
type posting struct {
	doc int
	tf  [numFields]uint16
}

// An Index holds the pages of one language.
type Index struct {
	lang     lang.Code
	stemmer  stemmer // with a cache while the index is built, then without
	docs     []doc
	postings map[string][]posting
	// terms is every term, sorted, for finding the terms a query term begins.
	terms  []string
	avgLen [numFields]float64
	// syn holds the synonym groups of the language.
	syn synonyms
	// vocab maps each folded word of the pages and of the synonyms to its
	// term, where the two differ: the stems the browser's search needs.
	vocab map[string]string
}

// New indexes the pages of language c, with the help lines and warning
// signs that the help page and the checklist show from data files.
func New(site *content.Site, c lang.Code) *Index {
	ix := &Index{lang: c, postings: map[string][]posting{}, stemmer: stemmer{lang: c, cache: map[string]string{}}}
	for _, p := range site.PagesIn(c) {
		ix.add(p, extra(site, p))
	}
	ix.syn = newSynonyms(ix.stemmer, site.Synonyms, c)
	ix.finish()
	ix.vocab = map[string]string{}
	for w, t := range ix.stemmer.cache {
		if f := fold(w); t != "" && t != f {
			ix.vocab[f] = t
		}
	}
	// The words of the synonyms always: a reader types them, and the
	// browser must know their stems whether or not the pages use them.
	for _, g := range site.Synonyms {
		if g.Lang != c {
			continue
		}
		for _, w := range g.Words {
			for _, t := range ix.stemmer.tokens(w) {
				ix.vocab[fold(w[t.start:t.end])] = t.term
			}
		}
	}
	ix.stemmer.cache = nil // Search runs concurrently; a map written by it would race
	return ix
}

// extra returns the text a page shows from data files rather than from its
// Markdown: every help line on the help page, every sign on the checklist.
func extra(site *content.Site, p *content.Page) []block {
	var out []block
	switch p.Layout {
	case content.LayoutHelplines:
		for _, h := range site.Helplines {
			out = append(out, block{text: h.DisplayName(p.Lang) + ": " + h.For.In(p.Lang)})
		}
	case content.LayoutSigns:
		for _, g := range site.Signs {
			for _, it := range g.Items {
				out = append(out, block{text: it.In(p.Lang), section: g.Title.In(p.Lang)})
			}
		}
	}
	return out
}

func (ix *Index) add(p *content.Page, extra []block) {
	d := doc{page: p}
	n := len(ix.docs)
	tf := map[string]*[numFields]uint16{}
	count := func(f int, toks []token) {
		for _, t := range toks {
			c := tf[t.term]
			if c == nil {
				c = new([numFields]uint16)
				tf[t.term] = c
			}
			if c[f] < 1<<16-1 {
				c[f]++
			}
		}
		d.length[f] += len(toks)
	}
	count(fieldTitle, ix.stemmer.tokens(p.Title))
	d.desc = ix.stemmer.tokens(p.Description)
	count(fieldDescription, d.desc)
	count(fieldKeywords, ix.stemmer.tokens(strings.Join(p.Keywords, ", ")))
	for _, b := range append(blocksOf(p.HTML), extra...) {
		b.tokens = ix.stemmer.tokens(b.text)
		if len(b.tokens) == 0 {
			continue
		}
		if b.heading {
			count(fieldHeadings, b.tokens)
		} else {
			count(fieldBody, b.tokens)
		}
		d.blocks = append(d.blocks, b)
	}
	for term, c := range tf {
		ix.postings[term] = append(ix.postings[term], posting{doc: n, tf: *c})
	}
	ix.docs = append(ix.docs, d)
}

// finish works out the average field lengths and the sorted term list.
func (ix *Index) finish() {
	for _, d := range ix.docs {
		for f := range numFields {
			ix.avgLen[f] += float64(d.length[f])
		}
	}
	for f := range numFields {
		if len(ix.docs) > 0 {
			ix.avgLen[f] /= float64(len(ix.docs))
		}
		if ix.avgLen[f] == 0 {
			ix.avgLen[f] = 1
		}
	}
	ix.terms = make([]string, 0, len(ix.postings))
	for t := range ix.postings {
		ix.terms = append(ix.terms, t)
	}
	slices.Sort(ix.terms)
}

// headingTags are the headings that open a section a result can link to.
var headingTags = map[string]bool{"h2": true, "h3": true, "h4": true, "h5": true, "h6": true}

// blocksOf splits a page's rendered HTML into its text blocks, headings
// included, each with the section it stands in.
func blocksOf(src string) (blocks []block) {
	z := html.NewTokenizer(strings.NewReader(src))
	var cur strings.Builder
	var anchor, section string
	inHeading, headingID := false, ""
	flush := func() {
		text := strings.Join(strings.Fields(cur.String()), " ")
		cur.Reset()
		if text == "" {
			return
		}
		if inHeading && headingID != "" {
			anchor, section = headingID, text
		}
		blocks = append(blocks, block{text: text, anchor: anchor, section: section, heading: inHeading})
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return blocks
		case html.TextToken:
			cur.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			tag := string(name)
			if !content.IsBlockTag(tag) {
				continue
			}
			flush()
			if headingTags[tag] {
				inHeading = tt == html.StartTagToken
				headingID = ""
				for hasAttr && inHeading {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "id" {
						headingID = string(v)
					}
				}
			}
		}
	}
}
