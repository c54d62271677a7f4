package readability

import (
	"strings"
	"unicode"

	"signaal/internal/lang"
)

// A Result is the measure of one text.
type Result struct {
	Words     int
	Sentences int
	Syllables int
	Score     float64 // Flesch–Douma (nl) or Flesch Reading Ease (en); 0 without words
}

// WordsPerSentence is the average sentence length, the figure an editor
// shortens first.
func (r Result) WordsPerSentence() float64 {
	if r.Sentences == 0 {
		return 0
	}
	return float64(r.Words) / float64(r.Sentences)
}

// SyllablesPerWord is the average word length in syllables.
func (r Result) SyllablesPerWord() float64 {
	if r.Words == 0 {
		return 0
	}
	return float64(r.Syllables) / float64(r.Words)
}

// Formula names the formula used for language c, for messages.
func Formula(c lang.Code) string {
	if c == lang.English {
		return "Flesch Reading Ease"
	}
	return "Flesch–Douma"
}

// Score measures text in language c. The text is plain text with one block
// (paragraph, heading, list item) per line, as content.PlainText gives it:
// a line always ends a sentence, so a heading or a list item without a
// full stop counts as a sentence of its own, as a reader takes it.
func Score(c lang.Code, text string) Result {
	var r Result
	count := syllablesNL
	if c == lang.English {
		count = syllablesEN
	}
	for _, line := range strings.Split(text, "\n") {
		for _, s := range sentences(line) {
			n := 0
			for _, w := range words(s) {
				n++
				r.Syllables += count(w)
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
	if c == lang.English {
		r.Score = 206.835 - 1.015*wps - 84.6*spw
	} else {
		r.Score = 206.835 - 0.93*wps - 77*spw
	}
	return r
}

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"art": true, "bijv": true, "bv": true, "o.a": true, "e.d": true, "enz": true, "ca": true,
	"nr": true, "dhr": true, "mevr": true, "mr": true, "dr": true, "drs": true, "jl": true,
	"zgn": true, "m.a.w": true, "t/m": true, "i.p.v": true, "e.g": true, "i.e": true,
	"etc": true, "mrs": true, "ms": true, "st": true, "no": true, "vs": true, "approx": true,
}

// sentences splits one line at a full stop, question mark or exclamation
// mark that is followed by a space (or ends the line), unless the word
// before it is a known abbreviation or a single letter ("J. de Vries").
func sentences(line string) []string {
	var out []string
	start := 0
	rs := []rune(line)
	for i, r := range rs {
		if r != '.' && r != '!' && r != '?' && r != ';' {
			continue
		}
		if i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) && !isCloser(rs[i+1]) {
			continue // 5.000, e.g. a URL or a decimal
		}
		if r == '.' {
			w := lastWord(rs[start:i])
			if abbreviations[strings.ToLower(w)] || len([]rune(w)) == 1 {
				continue
			}
		}
		out = append(out, string(rs[start:i+1]))
		start = i + 1
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

func isCloser(r rune) bool { return strings.ContainsRune(`)"'’”»`, r) }

// lastWord is the word just before a full stop, keeping inner dots (o.a).
func lastWord(rs []rune) string {
	i := len(rs)
	for i > 0 && !unicode.IsSpace(rs[i-1]) && rs[i-1] != '(' {
		i--
	}
	return string(rs[i:])
}

// words returns the words of a sentence: runs of letters, with inner
// apostrophes and hyphens kept ("foto's", "e-mail"). A token without a
// letter (a number such as 112) is not a word for the formula: it reads
// as one item but has no spelling to count syllables in.
func words(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
	}) {
		f = strings.Trim(f, "'’-")
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			out = append(out, strings.ToLower(f))
		}
	}
	return out
}
