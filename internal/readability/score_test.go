package readability

import (
	"math"
	"reflect"
	"testing"

	"signaal/internal/lang"
)

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []string
	}{
		{"Bel 112. Je bent niet alleen!", []string{"Bel 112.", " Je bent niet alleen!"}},
		{"Het staat in art. 273f Sr. Dat is de wet.", []string{"Het staat in art. 273f Sr.", " Dat is de wet."}},
		{"Er zijn 5.000 slachtoffers, o.a. jongens.", []string{"Er zijn 5.000 slachtoffers, o.a. jongens."}},
		{"Kijk op kindertelefoon.nl of bel.", []string{"Kijk op kindertelefoon.nl of bel."}},
		{"Wat doe je? Je praat erover.", []string{"Wat doe je?", " Je praat erover."}},
		{"Schreef J. de Vries dat?", []string{"Schreef J. de Vries dat?"}},
		{"Signalen zien", []string{"Signalen zien"}},
		{"Zeg: \"Stop.\" Dan ga je weg.", []string{"Zeg: \"Stop.", "\" Dan ga je weg."}},
	} {
		if got := sentences(tc.line); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("sentences(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := words("Stuur geen foto's via e-mail, bel 0800-0432 of 112.")
	want := []string{"stuur", "geen", "foto's", "via", "e-mail", "bel", "of"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words = %q, want %q", got, want)
	}
}

// Scores on reference passages: plain text for a young reader must score
// high, dense official text low, and a heading line counts as a sentence.
func TestScore(t *testing.T) {
	for _, tc := range []struct {
		name     string
		c        lang.Code
		text     string
		min, max float64
	}{
		{"easy Dutch", lang.Dutch, "Je bent niet alleen. Het is niet jouw schuld. Praat met iemand die je kent. Bel of chat met de Kindertelefoon.", 80, 130},
		{"dense Dutch", lang.Dutch, "Professionals dienen bij vermoedens van mensenhandel conform het afwegingskader van de meldcode huiselijk geweld en kindermishandeling te beoordelen of acute of structurele onveiligheid aanwezig is, waarbij consultatie van Veilig Thuis geïndiceerd is.", -100, 30},
		{"easy English", lang.English, "You are not alone. It is not your fault. Talk to someone you trust. Call or chat with a help line.", 80, 130},
		{"dense English", lang.English, "Professionals are required to evaluate suspected trafficking situations in accordance with the statutory assessment framework, determining whether acute or structural insecurity necessitates notification of the designated authorities.", -100, 20},
	} {
		r := Score(tc.c, tc.text)
		if r.Score < tc.min || r.Score > tc.max {
			t.Errorf("%s: score %.1f (%d words, %d sentences, %d syllables), want %.0f..%.0f", tc.name, r.Score, r.Words, r.Sentences, r.Syllables, tc.min, tc.max)
		}
	}

	// Formula check by hand: 2 sentences, 5 words, 9 syllables (bel de po-li-tie, praat e-ro-ver).
	r := Score(lang.Dutch, "Bel de politie.\nPraat erover")
	if r.Words != 5 || r.Sentences != 2 || r.Syllables != 9 {
		t.Fatalf("counts = %+v, want 5 words, 2 sentences, 9 syllables", r)
	}
	if want := 206.835 - 0.93*2.5 - 77*1.8; math.Abs(r.Score-want) > 1e-9 {
		t.Errorf("score = %v, want %v", r.Score, want)
	}
	if r := Score(lang.English, "  \n112\n"); r.Words != 0 || r.Score != 0 {
		t.Errorf("no words: %+v", r)
	}
}
