// Package readability measures how easy a text is to read, so that
// `signaal check` can hold each page to the level its readers need: a
// 14-year-old, a parent, a young person with a mild intellectual disability.
//
// It uses the Flesch formula in the variant made for each language:
// Flesch–Douma for Dutch and Flesch Reading Ease for English. Both score
// roughly 0 (very hard) to 100 (very easy) from two figures an editor can
// change: the average sentence length in words and the average word length
// in syllables.
//
// The package counts syllables with rules, not a dictionary or hyphenation
// patterns. For Dutch, spelling shows syllables well: each vowel group is a
// syllable, once the known long vowels and diphthongs (aa, ie, ui, ooi, eeuw…)
// are kept together and a diaeresis (ideeën) splits them. Hyphenation
// patterns were the alternative, but they leave single letters at the start
// or end of a word unsplit (o-ver, e-ten, radi-o) by design, and so undercount
// exactly the short words plain text is made of. English spelling is less
// regular, so its rules (silent final e, -ed, -es, -le) are backed by a short
// list of common words they get wrong. Both counters are tested against
// hand-counted words.
package readability

import (
	"strings"
	"unicode"

	"signaal/internal/lang"
)

// A Result holds the counts a score is made of, so an editor can see what to
// change: shorter sentences or shorter words.
type Result struct {
	Words     int
	Sentences int
	Syllables int
	Score     float64 // Flesch–Douma (nl) or Flesch Reading Ease (en); 0 when there are no words
}

// WordsPerSentence is the average sentence length.
func (r Result) WordsPerSentence() float64 {
	if r.Sentences == 0 {
		return 0
	}
	return float64(r.Words) / float64(r.Sentences)
}

// SyllablesPerWord is the average word length.
func (r Result) SyllablesPerWord() float64 {
	if r.Words == 0 {
		return 0
	}
	return float64(r.Syllables) / float64(r.Words)
}

// Formula names the readability formula used for a language, for messages.
func Formula(c lang.Code) string {
	if c == lang.English {
		return "Flesch Reading Ease"
	}
	return "Flesch–Douma"
}

// Score measures text in a language (English, or else Dutch, the site's
// default). Each line of text is at least one sentence:
// a heading or list item is read as a unit even without a full stop, which is
// how content.PlainText lays out a page.
func Score(c lang.Code, text string) Result {
	var r Result
	en := c == lang.English
	for _, line := range strings.Split(text, "\n") {
		for _, sentence := range Sentences(c, line) {
			n := 0
			for _, tok := range sentence {
				s := wordSyllables(tok, en)
				if s == 0 {
					continue // punctuation, a dash, a bullet
				}
				n++
				r.Syllables += s
			}
			if n > 0 {
				r.Words += n
				r.Sentences++
			}
		}
	}
	if r.Words == 0 {
		return r
	}
	wps, spw := r.WordsPerSentence(), r.SyllablesPerWord()
	if en {
		r.Score = 206.835 - 1.015*wps - 84.6*spw
	} else {
		r.Score = 206.835 - 0.93*wps - 77*spw
	}
	return r
}

// Sentences splits one block of text into sentences, each a list of the
// whitespace-separated tokens it holds (punctuation included). A full stop
// ends a sentence unless it belongs to an abbreviation (o.a., bijv., art.,
// e.g.), an initial, or the next word starts in lower case; a full stop inside
// a token (3.5, signaal.nl, 1.000) never does.
func Sentences(c lang.Code, block string) [][]string {
	toks := strings.Fields(block)
	var out [][]string
	start := 0
	for i, tok := range toks {
		var next string
		if i+1 < len(toks) {
			next = toks[i+1]
		}
		if endsSentence(c, tok, next) {
			out = append(out, toks[start:i+1])
			start = i + 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// closers may follow the punctuation that ends a sentence: `zei ze.”`, `(zie boven.)`.
const closers = `"'”’»)]*_`

func endsSentence(c lang.Code, tok, next string) bool {
	t := strings.TrimRight(tok, closers)
	if t == "" {
		return false
	}
	switch {
	case strings.HasSuffix(t, "?"), strings.HasSuffix(t, "!"), strings.HasSuffix(t, "…"):
		return true
	case !strings.HasSuffix(t, "."):
		return false
	}
	if next != "" && startsLower(next) {
		return false // "bijv. een", "art. 273f": an abbreviation, or a stray full stop
	}
	if strings.HasSuffix(t, "...") {
		return true
	}
	word := strings.ToLower(strings.TrimLeft(t, `"'“‘«([*_`))
	if abbreviations[word] || (c == lang.English && abbreviationsEN[word]) || (c != lang.English && abbreviationsNL[word]) {
		return false
	}
	if isInitials(word) && (len(word) > 2 || isInitial(t)) {
		return false // "o.a." or "d.w.z.", or "J." in "J. de Vries"
	}
	return true
}

// startsLower reports whether a token's first letter or digit is lower case
// or a digit: text that continues a sentence rather than starting one.
func startsLower(tok string) bool {
	if tok == "'s" || tok == "’s" {
		return false // "'s Avonds" starts a sentence
	}
	for _, r := range tok {
		switch {
		case unicode.IsLower(r), unicode.IsDigit(r):
			return true
		case unicode.IsLetter(r):
			return false
		}
	}
	return false
}

// isInitial reports whether tok ends in a capital letter and a full stop, as
// an initial does ("J."), but not the English "I." or the Dutch "U.", which
// end sentences.
func isInitial(tok string) bool {
	rs := []rune(strings.TrimSuffix(tok, "."))
	if len(rs) == 0 {
		return false
	}
	r := rs[len(rs)-1]
	if len(rs) > 1 && unicode.IsLetter(rs[len(rs)-2]) {
		return false
	}
	return unicode.IsUpper(r) && r != 'I' && r != 'U'
}

// isInitials matches a run of single letters each followed by a full stop.
func isInitials(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || len(rs)%2 != 0 {
		return false
	}
	for i := 0; i < len(rs); i += 2 {
		if !unicode.IsLetter(rs[i]) || rs[i+1] != '.' {
			return false
		}
	}
	return true
}

// Abbreviations that end in a full stop but not a sentence, written in lower
// case. Those of a run of single letters (o.a., e.g.) are caught by
// isInitials and need not be listed. Words that often end a sentence are
// left out (etc., enz., no.): before a capital they end it, and before a
// lower-case word the rule in endsSentence already keeps the sentence going.
var (
	abbreviations = map[string]bool{
		"art.": true, "nr.": true, "tel.": true, "ca.": true, "dr.": true, "mr.": true,
		"prof.": true, "st.": true, "vs.": true, "jr.": true, "fig.": true, "p.": true, "pp.": true,
	}
	abbreviationsNL = map[string]bool{
		"bijv.": true, "bv.": true, "resp.": true, "evt.": true, "incl.": true, "excl.": true,
		"dhr.": true, "mevr.": true, "zgn.": true, "ong.": true, "jl.": true, "max.": true,
		"min.": true, "o.a.": true, "m.b.t.": true, "t.a.v.": true, "i.p.v.": true, "i.v.m.": true, "vnl.": true,
		"afd.": true, "jrg.": true, "blz.": true,
	}
	abbreviationsEN = map[string]bool{
		"mrs.": true, "ms.": true, "approx.": true, "dept.": true, "incl.": true, "sec.": true,
	}
)

// wordSyllables counts the syllables in one token. A token is split into runs
// of letters and of digits: a hyphenated compound or a web address is one
// word whose parts are all read; an apostrophe joins (don't, auto's); a number is read as about one syllable per
// digit (112, 0800-0432). A token with neither letters nor digits is not a
// word and counts 0.
func wordSyllables(tok string, en bool) int {
	total := 0
	var run []rune
	flush := func() {
		if len(run) > 0 {
			total += letterSyllables(string(run), en)
			run = run[:0]
		}
	}
	for _, r := range tok {
		switch {
		case unicode.IsLetter(r):
			run = append(run, unicode.ToLower(r))
		case r == '\'' || r == '’':
			// inside a word: don't, it's, auto's are read as one
		case unicode.IsDigit(r):
			flush()
			total++
		default:
			flush()
		}
	}
	flush()
	return total
}

// letterSyllables counts the syllables of a lower-case run of letters; a run
// without vowels (an abbreviation such as "www" or "sms") counts 1.
func letterSyllables(w string, en bool) int {
	var n int
	if en {
		n = syllablesEN(w)
	} else {
		n = syllablesNL(w)
	}
	return max(n, 1)
}
