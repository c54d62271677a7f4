package site

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestHelplineCards renders the cards as a reader meets them: on an
// ordinary page with the full description, on an easy-read page with the
// easy text and without the harder facts, and on English pages with the
// languages the line answers in; every card says when it was checked and
// links its source, and no link is labelled by a bare address.
func TestHelplineCards(t *testing.T) {
	fsys := testContent()
	fsys["helplines.yaml"] = &fstest.MapFile{Data: []byte(testHelplines + `- key: lijn
  name: Lijn
  needs: [talk, chat]
  who: [youth]
  ways: [call, chat]
  for: {nl: "Voor hulpverleners en vertrouwelijk advies.", en: "Confidential advice from care workers."}
  easy: {nl: "Praat met iemand. Het is gratis.", en: "Talk to someone. It is free."}
  note: {nl: "Een officiële melding kan ook.", en: "An official report is possible too."}
  phone: "020-1234567"
  chat: https://chat.lijn.test/
  web: https://www.lijn.test/
  hours: {open: [{days: mon-sun, from: "11:00", to: "21:00"}]}
  chat_hours: {open: [{days: mon-fri, from: "09:00", to: "17:00"}]}
  free: false
  cost: {nl: "Bellen kost wat een gewoon gesprek kost.", en: "The call costs what an ordinary call costs."}
  anonymous: true
  languages: [nl, en]
  source: test
  source_url: https://bron.test/lijn
  confidence: high
  checked: 2026-11
`)}
	fsys["nl/jongeren/lijn.md"] = mdPage("title: Lijn\ndescription: Over de lijn\ntranslationKey: line\naudience: youth\nhelplines: [lijn]", "Tekst.\n")
	fsys["en/young-people/line.md"] = mdPage("title: Line\ndescription: About the line\ntranslationKey: line\naudience: youth\nhelplines: [lijn]", "Text.\n")
	fsys["nl/jongeren/makkelijk.md"] = mdPage("title: Makkelijk\ndescription: Makkelijk lezen\ntranslationKey: easy\naudience: easyread\nhelplines: [lijn]", "Tekst.\n")
	fsys["en/young-people/easy.md"] = mdPage("title: Easy\ndescription: Easy read\ntranslationKey: easy\naudience: easyread\nhelplines: [lijn]", "Text.\n")
	s := buildTest(t, fsys)
	tests := []struct {
		path      string
		want, not []string
	}{
		{"/nl/jongeren/lijn/",
			[]string{"Voor hulpverleners en vertrouwelijk advies.", ">Chat met Lijn<", ">Website van Lijn<", "Gecontroleerd in november 2026.", `href="https://bron.test/lijn"`, "Bellen kost wat een gewoon gesprek kost.", `data-way="call"`, `data-way="chat"`, "Een officiële melding kan ook."},
			[]string{"Praat met iemand.", ">Gratis<", "lijn.test/<", "Taal"}},
		{"/en/young-people/line/",
			[]string{"Confidential advice from care workers.", ">Chat with Lijn<", ">Lijn website<", "Checked in November 2026.", "English and Dutch"},
			[]string{"Talk to someone."}},
		{"/nl/jongeren/makkelijk/",
			[]string{"Praat met iemand. Het is gratis.", "Wij keken dit na in november 2026.", `href="https://bron.test/lijn"`},
			[]string{"hulpverleners", "vertrouwelijk", "officiële melding", "Anoniem"}},
		{"/en/young-people/easy/",
			[]string{"Talk to someone. It is free.", "We last looked at this in November 2026."},
			[]string{"care workers", "official report"}},
	}
	for _, tt := range tests {
		f := s.File(tt.path)
		if f == nil {
			t.Fatalf("no %s", tt.path)
		}
		body := string(f.Body)
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s lacks %q", tt.path, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(body, n) {
				t.Errorf("%s shows %q", tt.path, n)
			}
		}
	}
}

// TestDayAndNight: the help page starts with the lines that answer the phone
// day and night and say what they are for, with one tap to call; a line
// with other hours, or without a short description, is not among them.
func TestDayAndNight(t *testing.T) {
	fsys := testContent()
	fsys["helplines.yaml"] = &fstest.MapFile{Data: []byte(testHelplines + `- {key: nacht, name: Nachtlijn, needs: [talk], who: [everyone], ways: [call], for: {nl: Praten, en: Talk}, easy: {nl: Praten, en: Talk}, short: {nl: "na iets ergs", en: "after something bad"}, phone: "0800-1111", hours: {always: true}, source: test, source_url: "https://nacht.test/", confidence: high, checked: 2026-11}
- {key: dag, name: Daglijn, needs: [talk], who: [everyone], ways: [call], for: {nl: Praten, en: Talk}, easy: {nl: Praten, en: Talk}, short: {nl: "overdag", en: "by day"}, phone: "0800-2222", hours: {open: [{days: mon-fri, from: "09:00", to: "17:00"}]}, source: test, source_url: "https://dag.test/", confidence: high, checked: 2026-11}
`)}
	fsys["nl/hulp/index.md"] = mdPage("title: Hulp\ndescription: Alle hulp\ntranslationKey: help\naudience: general\nlayout: helplines", "Hulp.\n")
	fsys["en/help/index.md"] = mdPage("title: Help\ndescription: All help\ntranslationKey: help\naudience: general\nlayout: helplines", "Help.\n")
	s := buildTest(t, fsys)
	body := string(s.File("/nl/hulp/").Body)
	start, end := strings.Index(body, `<section class="day-night"`), strings.Index(body, `data-chooser`)
	if start < 0 || end < start {
		t.Fatalf("no day-and-night list before the chooser on /nl/hulp/")
	}
	list := body[start:end]
	for _, w := range []string{"Dag en nacht bereikbaar", `href="tel:08001111"`, "Nachtlijn</strong>: na iets ergs"} {
		if !strings.Contains(list, w) {
			t.Errorf("day-and-night list lacks %q:\n%s", w, list)
		}
	}
	for _, n := range []string{"Daglijn", `href="tel:112"`} {
		if strings.Contains(list, n) {
			t.Errorf("day-and-night list shows %q, which has other hours or no short text", n)
		}
	}
}
