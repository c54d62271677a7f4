package search

import (
	"encoding/json"
	"sort"
	"strings"

	"signaal/internal/lang"
)

// PerPage is how many results a page of results shows: the site has about
// forty pages per language, and a reader on a phone reads the first few.
const PerPage = 20

// ClientIndex is the index as the browser's search (static/search.js)
// loads it on a static host, where no server can answer a query. It holds
// what Go's search reads, not what it computed: the pages' text split into
// the same blocks, the term of every word the pages use (so the browser
// needs no Snowball stemmer of its own), the synonym groups already
// stemmed, and the ranking's parameters. The script builds its postings
// from that, as New does, and then searches, ranks and cuts snippets as
// Search does. A test holds both to the same answers.
type ClientIndex struct {
	Lang string `json:"lang"`
	// Docs are the pages, in the index's order.
	Docs []ClientDoc `json:"docs"`
	// Stems maps a folded word to its term where the two differ.
	Stems map[string]string `json:"stems"`
	// Suffixes are the endings the stemmer took off the site's own words,
	// longest first: for a word the site does not use, the script tries
	// them to find the term Go's stemmer would most likely give.
	Suffixes []string `json:"suffixes"`
	// Undouble are the letters the stemmer writes once where an ending
	// left them doubled ("katt-en" → "kat"), for that same guess.
	Undouble string `json:"undouble"`
	// Stop is the language's stop words, space separated.
	Stop string `json:"stop"`
	// Syn lists the synonym groups: per group, its members, each the list
	// of its terms.
	Syn [][][]string `json:"syn"`
	// Params are the ranking's constants.
	Params ClientParams `json:"params"`
}

// A ClientDoc is one page: title, address, description, keywords, and the
// text blocks as [text, anchor, section, 1 for a heading or 0].
type ClientDoc struct {
	Title    string  `json:"t"`
	Path     string  `json:"u"`
	Desc     string  `json:"d,omitempty"`
	Keywords string  `json:"k,omitempty"`
	Blocks   [][]any `json:"b"`
}

// ClientParams are the constants of query.go and index.go.
type ClientParams struct {
	FieldWeight   []float64 `json:"fw"`
	FieldB        []float64 `json:"fb"`
	K1            float64   `json:"k1"`
	About         float64   `json:"about"`
	Longer        float64   `json:"longer"`
	Shorter       float64   `json:"shorter"`
	MinLonger     int       `json:"minLonger"`
	MinShorter    int       `json:"minShorter"`
	MaxExpansions int       `json:"maxExp"`
	MaxTerms      int       `json:"maxTerms"`
	MaxQueryRunes int       `json:"maxRunes"`
	SnippetWords  int       `json:"snippet"`
}

// Client returns the index for the browser.
func (ix *Index) Client() *ClientIndex {
	ci := &ClientIndex{
		Lang:     string(ix.lang),
		Stems:    ix.vocab,
		Undouble: undouble[ix.lang],
		Params: ClientParams{
			FieldWeight: fieldWeight[:], FieldB: fieldB[:], K1: k1, About: aboutBoost,
			Longer: longerWeight, Shorter: shorterWeight, MinLonger: minLonger[ix.lang], MinShorter: minShorter,
			MaxExpansions: maxExpansions, MaxTerms: MaxTerms, MaxQueryRunes: MaxQueryRunes, SnippetWords: snippetWords,
		},
	}
	for _, d := range ix.docs {
		cd := ClientDoc{Title: d.page.Title, Path: d.page.Path, Desc: d.page.Description, Keywords: strings.Join(d.page.Keywords, ", "), Blocks: [][]any{}}
		for _, bl := range d.blocks {
			h := 0
			if bl.heading {
				h = 1
			}
			cd.Blocks = append(cd.Blocks, []any{bl.text, bl.anchor, bl.section, h})
		}
		ci.Docs = append(ci.Docs, cd)
	}
	seen := map[string]bool{}
	for f, t := range ix.vocab {
		if f == t || !strings.HasPrefix(f, t) {
			continue
		}
		sfx := f[len(t):]
		if strings.HasSuffix(t, sfx[:1]) && strings.ContainsAny(sfx[:1], undouble[ix.lang]) {
			sfx = sfx[1:] // "zitten" → "zit": the stemmer took "en" and undoubled the t
		}
		if sfx != "" && !seen[sfx] {
			seen[sfx] = true
			ci.Suffixes = append(ci.Suffixes, sfx)
		}
	}
	sort.Slice(ci.Suffixes, func(i, j int) bool {
		a, b := ci.Suffixes[i], ci.Suffixes[j]
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a < b
	})
	var stop []string
	for w := range stopWords[ix.lang] {
		stop = append(stop, w)
	}
	sort.Strings(stop)
	ci.Stop = strings.Join(stop, " ")
	ci.Syn = ix.syn.members
	return ci
}

// undouble are the letters Snowball's stemmers undouble at the end of a
// stem: Dutch kk, dd and tt; English (Porter2, step 1b) bb, dd, ff, gg, mm,
// nn, pp, rr and tt.
var undouble = map[lang.Code]string{lang.Dutch: "kdt", lang.English: "bdfgmnprt"}

// ClientJSON is the browser's index, encoded.
func (ix *Index) ClientJSON() []byte {
	b, err := json.Marshal(ix.Client())
	if err != nil {
		panic(err) // strings, numbers and slices only: it cannot fail
	}
	return b
}
