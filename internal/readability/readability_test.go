package readability

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"signaal/internal/lang"
)

// Syllables counted by hand, as a Dutch reader says the word.
func TestSyllablesDutch(t *testing.T) {
	words := map[string]int{
		"ik": 1, "je": 1, "jongeren": 3, "meisje": 2, "jongen": 2, "politie": 3, "hulp": 1,
		"hulplijn": 2, "Kindertelefoon": 5, "mensenhandelaar": 5, "uitbuiting": 3, "vriendje": 2,
		"ouders": 2, "school": 1, "leraar": 2, "tieners": 2, "schaamte": 2,
		// diaeresis splits a vowel group
		"ideeën": 3, "België": 3, "ruïne": 3, "geëmigreerd": 4, "coördinator": 5, "geïnteresseerd": 5,
		"knieën": 2, "zeeën": 2,
		// long vowels, diphthongs and three-letter groups stay one
		"eeuw": 1, "nieuwe": 2, "mooie": 2, "koeien": 2, "haaien": 2, "moeilijk": 2, "cadeau": 2,
		"bureau": 2, "vertrouwen": 3, "gevaarlijk": 3, "eigenlijk": 3, "gebeurt": 2, "luisteren": 3,
		"duidelijk": 3, "verantwoordelijk": 5, "uitnodiging": 4, "afspreken": 3,
		// unknown pairs are two syllables
		"situatie": 4, "januari": 4, "radio": 3, "via": 2, "bioscoop": 3, "familie": 3,
		"seksuele": 4, "seksueel": 3,
		// accents, y, qu
		"één": 1, "hé": 1, "baby": 2, "yoga": 2, "royaal": 2, "quiz": 1,
		// loanwords, compounds, numbers, apostrophes
		"loverboy": 3, "online": 2, "website": 2, "Instagram": 3, "Snapchat": 2, "e-mail": 2,
		"112": 3, "auto's": 2, "sexting": 2, "sekswebsites": 3, "datingsites": 3,
	}
	for w, want := range words {
		if got := wordSyllables(w, false); got != want {
			t.Errorf("nl %q: %d syllables, want %d", w, got, want)
		}
	}
}

// Syllables counted by hand, as in a pronouncing dictionary.
func TestSyllablesEnglish(t *testing.T) {
	words := map[string]int{
		"the": 1, "be": 1, "you": 1, "young": 1, "yes": 1, "free": 1, "true": 1, "issue": 2,
		"friend": 1, "children": 2, "parents": 2, "school": 1, "teacher": 2,
		// silent final e, and -le that is not
		"make": 1, "online": 2, "website": 2, "police": 2, "abuse": 2, "helpline": 2, "table": 2,
		"little": 2, "while": 1, "whole": 1, "language": 2,
		// -es
		"makes": 1, "gives": 1, "tables": 2, "boxes": 2, "pages": 2, "wishes": 2, "places": 2,
		// -ed
		"asked": 1, "used": 1, "called": 1, "groomed": 1, "happened": 2, "abused": 2,
		"wanted": 2, "needed": 2, "handled": 2, "worried": 2, "exploited": 3,
		// silent e before a suffix
		"safely": 2, "careful": 2, "statement": 2, "settlement": 3,
		// vowel pairs said apart, and not
		"radio": 3, "media": 3, "medium": 3, "usual": 3, "sexual": 3, "social": 2, "nation": 2,
		"serious": 3, "previous": 3, "anxious": 2, "idea": 3, "area": 3, "easier": 3,
		"being": 2, "going": 2, "trying": 2, "saying": 2, "player": 2, "quality": 3, "beautiful": 3,
		// longer words
		"exploitation": 4, "trafficker": 3, "loverboy": 3, "grooming": 2, "behaviour": 3,
		"anonymous": 4, "relationships": 4, "emergency": 4, "appearance": 3, "readable": 3,
		// apostrophes, hyphens, numbers
		"don't": 1, "it's": 1, "you're": 1, "e-mail": 2, "112": 3, "someone": 2,
	}
	for w, want := range words {
		if got := wordSyllables(w, true); got != want {
			t.Errorf("en %q: %d syllables, want %d", w, got, want)
		}
	}
}

func TestNotAWord(t *testing.T) {
	for _, tok := range []string{"–", "-", "•", "…", "(", ":"} {
		if got := wordSyllables(tok, false); got != 0 {
			t.Errorf("%q: %d syllables, want 0 (not a word)", tok, got)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		lang lang.Code
		text string
		want []string
	}{
		{"nl", "Bel 112. Of chat met de Kindertelefoon.", []string{"Bel 112.", "Of chat met de Kindertelefoon."}},
		{"nl", "Dit staat in art. 273f Sr. Het is strafbaar.", []string{"Dit staat in art. 273f Sr.", "Het is strafbaar."}},
		{"nl", "Je kunt o.a. bellen of chatten, bijv. met Fier. Dat is gratis.", []string{"Je kunt o.a. bellen of chatten, bijv. met Fier.", "Dat is gratis."}},
		{"nl", "Dat regelt o.a. Fier, d.w.z. de hulp. Klaar.", []string{"Dat regelt o.a. Fier, d.w.z. de hulp.", "Klaar."}},
		{"nl", "Kijk op www.signaal.nl. Daar staat meer.", []string{"Kijk op www.signaal.nl.", "Daar staat meer."}},
		{"nl", "Het kost €3.50 en 1.000 mensen doen mee. Goed zo!", []string{"Het kost €3.50 en 1.000 mensen doen mee.", "Goed zo!"}},
		{"nl", "Wat doe je? Je belt 112! Echt.", []string{"Wat doe je?", "Je belt 112!", "Echt."}},
		{"nl", "Zie bijv. Dr. Jansen en J. de Vries.", []string{"Zie bijv. Dr. Jansen en J. de Vries."}},
		{"nl", "Het was laat. 's Avonds belde hij.", []string{"Het was laat.", "'s Avonds belde hij."}},
		{"nl", "Hij zei: “Stop.” Toen ging hij weg.", []string{"Hij zei: “Stop.”", "Toen ging hij weg."}},
		{"nl", "Wie kun je spreken", []string{"Wie kun je spreken"}},
		{"en", "See e.g. the Mr. Smith case. It is clear.", []string{"See e.g. the Mr. Smith case.", "It is clear."}},
		{"en", "Wait... Then call. Now.", []string{"Wait...", "Then call.", "Now."}},
		{"en", "You can say no. Then leave.", []string{"You can say no.", "Then leave."}},
		{"en", "It was not you but I. Then he left.", []string{"It was not you but I.", "Then he left."}},
		{"nl", "Foto's, video's enz. Daarna chat je, enz. met hem.", []string{"Foto's, video's enz.", "Daarna chat je, enz. met hem."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.lang, tt.text) {
			got = append(got, strings.Join(s, " "))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

func TestScoreCounts(t *testing.T) {
	// Each line is a sentence even without a full stop: a heading, a list item.
	r := Score("nl", "Wie kun je spreken\nBel de politie. Of chat.\n– \n")
	want := Result{Words: 9, Sentences: 3, Syllables: 12}
	if r.Words != want.Words || r.Sentences != want.Sentences || r.Syllables != want.Syllables {
		t.Errorf("got %+v, want %+v", r, want)
	}
	// 206.835 − 0.93 × 9/3 − 77 × 12/9
	if exp := 206.835 - 0.93*9/3 - 77*12.0/9; math.Abs(r.Score-exp) > 1e-9 {
		t.Errorf("score %v, want %v", r.Score, exp)
	}
	en := Score("en", "Call the police. Or chat.")
	if exp := 206.835 - 1.015*5/2 - 84.6*6.0/5; math.Abs(en.Score-exp) > 1e-9 || en.Syllables != 6 {
		t.Errorf("en: %+v, want score %v with 6 syllables", en, exp)
	}
	if z := Score("nl", " \n – \n"); z != (Result{}) {
		t.Errorf("no words: %+v, want zero", z)
	}
	if r.WordsPerSentence() != 3 || r.SyllablesPerWord() != 12.0/9 {
		t.Errorf("averages %v %v", r.WordsPerSentence(), r.SyllablesPerWord())
	}
}

// Reference passages: very plain text must score high, dense legal text low.
func TestScoreReferencePassages(t *testing.T) {
	tests := []struct {
		name     string
		lang     lang.Code
		text     string
		min, max float64
	}{
		{"plain Dutch", "nl", `Ik ben Sam. Ik ben veertien. Ik heb een vriend. Hij is lief. Hij geeft mij veel.
Dat voelt fijn. Maar soms is het raar. Hij wil foto's van mij. Ik wil dat niet. Ik zeg nee.
Dat mag. Het is nooit jouw schuld. Praat met iemand die je kent.`, 80, 130},
		{"plain English", "en", `I am Sam. I am fourteen. I have a friend. He is nice. He gives me gifts.
That feels good. But he wants photos of me. I do not want that. I say no. That is fine.
It is never your fault. Talk to someone you trust.`, 80, 130},
		{"Dutch youth prose", "nl", `Iemand die je online leert kennen, kan heel aardig lijken. Hij geeft je complimenten
en cadeautjes. Na een tijdje vraagt hij iets terug. Dat heet uitbuiting. Het is nooit jouw schuld.
Praat erover met iemand die je vertrouwt, of bel de Kindertelefoon.`, 60, 100},
		{"Dutch legal text, in the style of art. 273f Sr", "nl", `Als schuldig aan mensenhandel wordt met
gevangenisstraf van ten hoogste twaalf jaren of geldboete van de vijfde categorie gestraft: degene die
een ander door dwang, geweld of een andere feitelijkheid of door dreiging met geweld of een andere
feitelijkheid, door afpersing, fraude, misleiding dan wel door misbruik van uit feitelijke
omstandigheden voortvloeiend overwicht, door misbruik van een kwetsbare positie of door het geven of
ontvangen van betalingen of voordelen om de instemming van een persoon te verkrijgen die zeggenschap
over die ander heeft, werft, vervoert, overbrengt, huisvest of opneemt, met het oogmerk van uitbuiting
van die ander.`, -200, 40},
		{"English legal text", "en", `Any person who recruits, transports, transfers, harbours or receives
another person by means of the threat or use of force or other forms of coercion, of abduction, of
fraud, of deception, of the abuse of power or of a position of vulnerability, or of the giving or
receiving of payments or benefits to achieve the consent of a person having control over another
person, for the purpose of exploitation, shall be liable to imprisonment.`, -200, 30},
	}
	for _, tt := range tests {
		r := Score(tt.lang, strings.ReplaceAll(tt.text, "\n", " "))
		t.Logf("%s: %.1f (%d words, %d sentences, %d syllables)", tt.name, r.Score, r.Words, r.Sentences, r.Syllables)
		if r.Score < tt.min || r.Score > tt.max {
			t.Errorf("%s: score %.1f, want between %v and %v", tt.name, r.Score, tt.min, tt.max)
		}
	}
}

func TestFormula(t *testing.T) {
	if Formula("nl") != "Flesch–Douma" || Formula("en") != "Flesch Reading Ease" {
		t.Error(Formula("nl"), Formula("en"))
	}
}
