package readability

import "testing"

// Syllable counts checked by hand against Van Dale hyphenation (nl) and
// Merriam-Webster (en).
func TestSyllablesNL(t *testing.T) {
	for w, want := range map[string]int{
		"je": 1, "het": 1, "is": 1, "nooit": 1, "jouw": 1, "schuld": 1, "vriend": 1, "hulp": 1,
		"praten": 2, "ouders": 2, "iemand": 2, "meisje": 2, "jongens": 2, "foto": 2, "nieuw": 1,
		"bellen": 2, "uitbuiting": 3, "mensenhandelaar": 5, "signalen": 3, "politie": 3,
		"geëxploiteerd": 4, "ruïne": 3, "radio": 3, "video": 3, "theater": 3, "januari": 4,
		"groeien": 2, "mooie": 2, "eeuw": 1, "leeuwen": 2, "kindertelefoon": 5, "afpersing": 3,
		"naaktfoto's": 3, "vertrouwen": 3, "jeugdzorg": 2, "aangifte": 3, "gevaar": 2,
		"slachtoffer": 3, "zorgen": 2, "dreigt": 1, "beelden": 2, "verwijderen": 4, "meteen": 2,
		"uitgebuit": 3, "loverboy": 3, "misbruik": 2, "ook": 1, "snel": 1, "weg": 1,
	} {
		if got := syllablesNL(w); got != want {
			t.Errorf("syllablesNL(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestSyllablesEN(t *testing.T) {
	for w, want := range map[string]int{
		"you": 1, "the": 1, "fault": 1, "help": 1, "friend": 1, "school": 1, "phone": 1, "make": 1,
		"photo": 2, "parent": 2, "never": 2, "someone": 2, "people": 2, "online": 2, "police": 2,
		"talking": 2, "asked": 1, "wanted": 2, "needed": 2, "threatens": 2, "threats": 1,
		"pages": 2, "boxes": 2, "likes": 1, "simple": 2, "little": 2, "trafficking": 3,
		"exploitation": 4, "violence": 3, "media": 3, "radio": 3, "create": 2, "social": 2,
		"special": 2, "question": 2, "every": 2, "anonymous": 4, "immediately": 5, "happened": 2,
		"images": 3, "blackmail": 2, "safely": 2, "together": 3, "yourself": 2, "young": 1,
		"teacher": 2, "easy": 2, "idea": 3, "different": 3, "really": 2, "emergency": 4,
	} {
		if got := syllablesEN(w); got != want {
			t.Errorf("syllablesEN(%q) = %d, want %d", w, got, want)
		}
	}
}
