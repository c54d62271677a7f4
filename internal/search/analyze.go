package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/dutch"
	"github.com/blevesearch/snowballstem/english"
	"golang.org/x/text/unicode/norm"

	"signaal/internal/lang"
)

// A token is one word of a text: where it stands and the term it is
// indexed under.
type token struct {
	start, end int // byte offsets in the text
	term       string
}

// A stemmer turns words into terms. With a cache it stems each distinct
// word once, which is most of the cost of building an index: a page says
// "je" and "uitbuiting" many times.
type stemmer struct {
	lang  lang.Code
	cache map[string]string // word as written → term; nil for no cache
}

// tokens splits text into words and turns each into its term: folded to
// lower case without accents, then stemmed for the language. Stop words
// are kept here (a snippet marks only what the query matched); the query
// side drops them.
func (s stemmer) tokens(text string) []token {
	var out []token
	start := -1
	for i, r := range text {
		word := isWordRune(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = s.appendToken(out, text, start, i)
			start = -1
		}
	}
	if start >= 0 {
		out = s.appendToken(out, text, start, len(text))
	}
	return out
}

func (s stemmer) appendToken(out []token, text string, start, end int) []token {
	w := text[start:end]
	term, ok := s.cache[w]
	if !ok {
		if f := fold(w); f != "" {
			term = stem(s.lang, f)
		}
		if s.cache != nil {
			s.cache[w] = term
		}
	}
	if term == "" {
		return out
	}
	return append(out, token{start: start, end: end, term: term})
}

// isWordRune reports whether r belongs to a word: letters, digits, and
// combining marks (an "e" followed by a combining diaeresis is one letter).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// fold lowers a word and strips its accents, so "ideeën", "Ideeen" and
// "IDEEËN" are one word: readers on a phone keyboard often skip the
// diaeresis, and Dutch spelling has many.
func fold(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(w)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// stem reduces a folded word to its stem with the Snowball stemmer of the
// language, so "signalen" finds "signaal" and "threats" finds "threat".
func stem(c lang.Code, w string) string {
	env := snowballstem.NewEnv(w)
	switch c {
	case lang.English:
		english.Stem(env)
	default:
		dutch.Stem(env)
	}
	return env.Current()
}

// stopWords are the words a query ignores: they are on nearly every page
// and would make every page a result. From the Snowball projects' stop word
// lists for Dutch and English, shortened to the most common ones.
var stopWords = map[lang.Code]map[string]bool{
	lang.Dutch: set(`de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er
		maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar
		naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren
		veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt
		wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest andere`),
	lang.English: set(`i me my myself we our ours you your yours he him his she her hers it its they them
		their what which who whom this that these those am is are was were be been being have has had
		having do does did doing a an the and but if or because as until while of at by for with about
		against between into through during before after above below to from up down in out on off over
		under again further then once here there when where why how all any both each few more most other
		some such no nor not only own same so than too very can will just should now`),
}

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
