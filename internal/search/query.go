package search

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"signaal/internal/lang"
)

// Limits on a query. A reader types a few words; anything longer is cut,
// so that no query, however long or odd, costs more than a normal one.
const (
	MaxQueryRunes = 200
	MaxTerms      = 12
)

// Clean returns a query as the site works with it and shows it back: valid
// UTF-8, control and format characters turned into spaces, runs of space
// made one, and at most MaxQueryRunes runes.
func Clean(q string) string {
	if len(q) > 4*MaxQueryRunes {
		q = q[:4*MaxQueryRunes] // a rune is at most 4 bytes; a cut rune is repaired below
	}
	q = strings.ToValidUTF8(q, " ")
	q = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, q)
	q = strings.Join(strings.Fields(q), " ")
	if utf8.RuneCountInString(q) > MaxQueryRunes {
		q = string([]rune(q)[:MaxQueryRunes])
		q = strings.TrimSpace(q)
	}
	return q
}

// queryTerms returns what a query looks for, at most MaxTerms: each word's
// term, or the synonym group a word or phrase belongs to. Stop words are
// dropped, unless the query has nothing else.
func (ix *Index) queryTerms(q string) []qterm {
	var terms []string
	var stops []bool
	stop := stopWords[ix.lang]
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !isWordRune(r) }) {
		f := fold(w)
		if f == "" {
			continue
		}
		terms = append(terms, stem(ix.lang, f))
		stops = append(stops, stop[f])
	}
	var all, kept []qterm
	seen := map[string]bool{}
	for _, qt := range ix.syn.lookup(terms, stops) {
		if seen[qt.key] {
			continue
		}
		seen[qt.key] = true
		all = append(all, qt)
		if !qt.stop {
			kept = append(kept, qt)
		}
	}
	if len(kept) == 0 {
		kept = all
	}
	if len(kept) > MaxTerms {
		kept = kept[:MaxTerms]
	}
	return kept
}

// Weights of the words a query term finds besides itself.
const (
	// longerWeight: the query term begins the word ("hulp" → "hulplijn").
	longerWeight = 0.5
	// shorterWeight: the word begins the query term, a shorter form of the
	// same stem ("threaten" → "threat").
	shorterWeight = 0.7
	// A word must have this many letters to be found as a shorter form of
	// a query term, so that "a" finds nothing extra.
	minShorter = 5
	// maxExpansions caps the words one query term finds.
	maxExpansions = 64
)

// minLonger is how many letters a query term needs to find the longer
// words it begins. Dutch glues words into one ("hulp" → "hulplijn"), so
// four letters; English writes them apart, and there a short term finds
// mostly unrelated words ("sign" → "signaal"), so six.
var minLonger = map[lang.Code]int{lang.Dutch: 4, lang.English: 6}

// expandAll returns the indexed terms a query term finds through any of
// its alternatives, each once, at the highest weight it is found with.
func (ix *Index) expandAll(qt qterm) []expansion {
	if len(qt.alts) == 1 {
		return ix.expand(qt.alts[0])
	}
	var out []expansion
	at := map[string]int{}
	for _, alt := range qt.alts {
		for _, e := range ix.expand(alt) {
			if i, ok := at[e.term]; ok {
				out[i].weight = max(out[i].weight, e.weight)
				continue
			}
			at[e.term] = len(out)
			out = append(out, e)
		}
	}
	return out
}

// An expansion is an indexed term a query term finds, and how much it counts.
type expansion struct {
	term   string
	weight float64
}

// expand returns the indexed terms a query term finds.
func (ix *Index) expand(t string) []expansion {
	var out []expansion
	if _, ok := ix.postings[t]; ok {
		out = append(out, expansion{t, 1})
	}
	if len(t) >= minLonger[ix.lang] {
		i := sort.SearchStrings(ix.terms, t)
		for ; i < len(ix.terms) && strings.HasPrefix(ix.terms[i], t) && len(out) < maxExpansions; i++ {
			if ix.terms[i] != t {
				out = append(out, expansion{ix.terms[i], longerWeight})
			}
		}
	}
	for n := len(t) - 1; n >= minShorter && len(out) < maxExpansions; n-- {
		if _, ok := ix.postings[t[:n]]; ok {
			out = append(out, expansion{t[:n], shorterWeight})
		}
	}
	return out
}

// BM25 parameters, the usual ones.
const k1, b = 1.2, 0.75

// aboutBoost multiplies what a query term adds to a page whose title or
// keywords hold it: such a page is about what the reader looks for. BM25
// caps what many mentions add, so without it a glossary that defines a word
// in three places ties with the page that tells what to do about it.
const aboutBoost = 1.5

// A Result is one page that matches a query.
type Result struct {
	Title string
	// Path is the page's address, with the #section the snippet is from
	// when it is not the page's opening.
	Path string
	// Section is the heading of that section, or "".
	Section string
	// Snippet is the passage of the page that matches best, with the
	// matched words marked.
	Snippet []Segment
	Score   float64
}

// A Segment is a piece of a snippet; Mark says whether it is a matched
// word. Templates escape the text, so a page can never inject markup.
type Segment struct {
	Text string
	Mark bool
}

// Results is the answer to a query.
type Results struct {
	// Query is the cleaned query (see Clean).
	Query string
	// Terms is how many terms were looked for.
	Terms int
	// Total is how many pages match; Hits holds the best of them, from the
	// From'th (0 for the first).
	Total int
	From  int
	Hits  []Result
	// Page is the page of results shown (from 1), Pages how many there are.
	Page, Pages int
}

// Search returns the pages that match the query, best first, at most limit.
func (ix *Index) Search(query string, limit int) Results {
	return ix.SearchPage(query, 1, limit)
}

// SearchPage returns one page of results, perPage long: page 1 holds the
// best. A page number out of range gives the nearest page that exists.
func (ix *Index) SearchPage(query string, page, perPage int) Results {
	q := Clean(query)
	res := Results{Query: q, Page: 1, Pages: 1}
	terms := ix.queryTerms(q)
	res.Terms = len(terms)
	if len(terms) == 0 || len(ix.docs) == 0 {
		return res
	}
	n := float64(len(ix.docs))
	scores := map[int]float64{}
	matched := map[int]int{}     // doc → number of query terms it matches
	marks := map[string]string{} // indexed term → the query term that found it
	for _, qt := range terms {
		wtf := map[int]float64{}
		about := map[int]bool{}
		for _, e := range ix.expandAll(qt) {
			if _, ok := marks[e.term]; !ok {
				marks[e.term] = qt.key
			}
			for _, p := range ix.postings[e.term] {
				d := &ix.docs[p.doc]
				if p.tf[fieldTitle] > 0 || p.tf[fieldKeywords] > 0 {
					about[p.doc] = true
				}
				for f := range numFields {
					if p.tf[f] == 0 {
						continue
					}
					norm := 1 - fieldB[f] + fieldB[f]*float64(d.length[f])/ix.avgLen[f]
					wtf[p.doc] += e.weight * fieldWeight[f] * float64(p.tf[f]) / norm
				}
			}
		}
		df := float64(len(wtf))
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for d, w := range wtf {
			s := idf * w * (k1 + 1) / (k1 + w)
			if about[d] {
				s *= aboutBoost
			}
			scores[d] += s
			matched[d]++
		}
	}
	for d, s := range scores {
		// Pages that hold more of the query's words come first.
		coord := float64(matched[d]) / float64(len(terms))
		scores[d] = s * coord * coord
	}
	order := make([]int, 0, len(scores))
	for d := range scores {
		order = append(order, d)
	}
	sort.Slice(order, func(i, j int) bool {
		si, sj := scores[order[i]], scores[order[j]]
		if si != sj {
			return si > sj
		}
		return ix.docs[order[i]].page.Path < ix.docs[order[j]].page.Path
	})
	res.Total = len(order)
	if perPage > 0 && len(order) > perPage {
		res.Pages = (len(order) + perPage - 1) / perPage
		res.Page = min(max(page, 1), res.Pages)
		res.From = (res.Page - 1) * perPage
		order = order[res.From:min(len(order), res.From+perPage)]
	}
	for _, d := range order {
		res.Hits = append(res.Hits, ix.result(d, marks, scores[d]))
	}
	return res
}

// result makes the result for one page: its best passage, marked.
func (ix *Index) result(d int, marks map[string]string, score float64) Result {
	doc := &ix.docs[d]
	r := Result{Title: doc.page.Title, Path: doc.page.Path, Score: score}
	best, bestTerms, bestCount := -1, 0, 0
	for i, bl := range doc.blocks {
		seen := map[string]bool{}
		count := 0
		for _, t := range bl.tokens {
			if q, ok := marks[t.term]; ok {
				seen[q] = true
				count++
			}
		}
		if len(seen) > bestTerms || len(seen) == bestTerms && count > bestCount {
			best, bestTerms, bestCount = i, len(seen), count
		}
	}
	if best < 0 {
		r.Snippet = snippet(doc.page.Description, doc.desc, marks)
		return r
	}
	bl := doc.blocks[best]
	if bl.anchor != "" {
		r.Path += "#" + bl.anchor
		r.Section = bl.section
	}
	if bl.heading {
		// The result names the heading already; show the text under it.
		if next := best + 1; next < len(doc.blocks) && !doc.blocks[next].heading && doc.blocks[next].anchor == bl.anchor {
			bl = doc.blocks[next]
		} else if bl.anchor != "" {
			r.Snippet = []Segment{}
			return r
		}
	}
	r.Snippet = snippet(bl.text, bl.tokens, marks)
	return r
}

// snippetWords is how many words a snippet shows at most.
const snippetWords = 30

// snippet cuts a passage of about snippetWords words around the first
// matched word of text, and marks every matched word in it.
func snippet(text string, toks []token, marks map[string]string) []Segment {
	if len(toks) == 0 {
		return []Segment{{Text: text}}
	}
	first := 0
	for i, t := range toks {
		if _, ok := marks[t.term]; ok {
			first = i
			break
		}
	}
	i0 := max(0, first-5)
	i1 := min(len(toks), i0+snippetWords)
	i0 = max(0, min(i0, i1-snippetWords))
	start, end := 0, len(text)
	if i0 > 0 {
		start = toks[i0].start
	}
	if i1 < len(toks) {
		end = toks[i1-1].end
	}
	var segs []Segment
	add := func(s string, mark bool) {
		if s == "" {
			return
		}
		if n := len(segs); n > 0 && segs[n-1].Mark == mark {
			segs[n-1].Text += s
			return
		}
		segs = append(segs, Segment{Text: s, Mark: mark})
	}
	if i0 > 0 {
		add("… ", false)
	}
	pos := start
	for _, t := range toks[i0:i1] {
		if _, ok := marks[t.term]; !ok {
			continue
		}
		add(text[pos:t.start], false)
		add(text[t.start:t.end], true)
		pos = t.end
	}
	add(text[pos:end], false)
	if i1 < len(toks) {
		add(" …", false)
	}
	return segs
}
