package readability

import (
	"fmt"
	"io"
	"text/tabwriter"

	"signaal/internal/content"
)

// MinWords is the least text a page needs before its score means anything:
// a section page that mostly lists its children is reported, not held.
const MinWords = 40

// A Level is the lowest score a page for one audience may have.
type Level struct {
	Min  float64
	Held bool // false: the score is reported, not enforced
}

// Levels per audience, the same in both languages: plain B1 for young
// people and specific groups, very easy for easy read, plain for parents
// and everyone; professionals read denser text and are only reported.
var Levels = map[string]Level{
	content.AudienceYouth:         {65, true},
	content.AudienceGroups:        {65, true},
	content.AudienceEasyRead:      {80, true},
	content.AudienceParents:       {55, true},
	content.AudienceGeneral:       {55, true},
	content.AudienceProfessionals: {0, false},
}

// Page measures the text a reader sees on page p (its Markdown body; the
// help lines and sources around it come from the templates).
func Page(p *content.Page) Result {
	return Score(p.Lang, content.PlainText(p.HTML))
}

// Check holds page p to the level of its audience. It is the content
// loader's Check hook, so `signaal check` and `serve` report a page that is
// too hard with its file and the figures an editor needs to fix it.
func Check(p *content.Page) []content.Problem {
	lv, ok := Levels[p.Audience]
	if !ok || !lv.Held {
		return nil
	}
	return below(p, lv, Page(p), "readability", "")
}

// below reports page p when its text, measured as r, scores under level
// lv: what names what was measured, and where adds where to shorten.
func below(p *content.Page, lv Level, r Result, what, where string) []content.Problem {
	if r.Words < MinWords || r.Score >= lv.Min {
		return nil
	}
	return []content.Problem{{
		File: p.File, Line: 1,
		Message: fmt.Sprintf("%s %.1f (%s) is below %.0f for audience %s; shorten sentences (avg %.1f words) and words (avg %.2f syllables)%s",
			what, r.Score, Formula(p.Lang), lv.Min, p.Audience, r.WordsPerSentence(), r.SyllablesPerWord(), where),
	}}
}

// Report writes a table of every page: its words, sentence and word
// length, score and level, so an editor sees where the site is hardest.
func Report(w io.Writer, pages []*content.Page) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "page\tlang\taudience\twords\tsentences\twords/sentence\tsyllables/word\tscore\tlevel\t\t")
	for _, p := range pages {
		r := Page(p)
		lv := Levels[p.Audience]
		level, verdict := "-", "reported"
		switch {
		case lv.Held && r.Words < MinWords:
			level, verdict = fmt.Sprintf("%.0f", lv.Min), "short"
		case lv.Held && r.Score < lv.Min:
			level, verdict = fmt.Sprintf("%.0f", lv.Min), "LOW"
		case lv.Held:
			level, verdict = fmt.Sprintf("%.0f", lv.Min), "ok"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.1f\t%.2f\t%.1f\t%s\t%s\t\n",
			p.File, p.Lang, p.Audience, r.Words, r.Sentences, r.WordsPerSentence(), r.SyllablesPerWord(), r.Score, level, verdict)
	}
	return tw.Flush()
}
