package site

import (
	"testing"

	"signaal/internal/sitetest"
)

// TestHelplineCards renders the cards as a reader meets them: on an
// ordinary page with the full description, on an easy-read page with the
// easy text and without the harder facts, and on English pages with the
// languages the line answers in; every card says when it was checked and
// links its source, and no link is labelled by a bare address.
func TestHelplineCards(t *testing.T) {
	fsys := sitetest.FS(t, testSite)
	sitetest.Append(t, fsys, "helplines.yaml", `- key: lijn
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
`)
	fsys["nl/jongeren/lijn.md"] = sitetest.Page("title: Lijn\ndescription: Over de lijn\ntranslationKey: line\naudience: youth\nhelplines: [lijn]", "Tekst.\n")
	fsys["en/young-people/line.md"] = sitetest.Page("title: Line\ndescription: About the line\ntranslationKey: line\naudience: youth\nhelplines: [lijn]", "Text.\n")
	fsys["nl/jongeren/makkelijk.md"] = sitetest.Page("title: Makkelijk\ndescription: Makkelijk lezen\ntranslationKey: easy\naudience: easyread\nhelplines: [lijn]", "Tekst.\n")
	fsys["en/young-people/easy.md"] = sitetest.Page("title: Easy\ndescription: Easy read\ntranslationKey: easy\naudience: easyread\nhelplines: [lijn]", "Text.\n")
	s := buildTest(t, fsys)
	link := func(href, label string) sitetest.Checker {
		return sitetest.In(`main a[href="`+href+`"]`, sitetest.HasExactText(label))
	}
	source := sitetest.In(`main a[href="https://bron.test/lijn"]`)
	for path, checks := range map[string][]sitetest.Checker{
		"/nl/jongeren/lijn/": {
			sitetest.In("main",
				sitetest.ContainsText("Voor hulpverleners en vertrouwelijk advies.", "Gecontroleerd in november 2026.", "Bellen kost wat een gewoon gesprek kost.", "Een officiële melding kan ook."),
				sitetest.LacksText("Praat met iemand.", "Gratis", "Taal", "lijn.test/")), // no link labelled by a bare address
			link("https://chat.lijn.test/", "Chat met Lijn"), link("https://www.lijn.test/", "Website van Lijn"), source,
			sitetest.In(`main [data-way="call"]`), sitetest.In(`main [data-way="chat"]`),
		},
		"/en/young-people/line/": {
			sitetest.In("main",
				sitetest.ContainsText("Confidential advice from care workers.", "Checked in November 2026.", "English and Dutch"),
				sitetest.LacksText("Talk to someone.")),
			link("https://chat.lijn.test/", "Chat with Lijn"), link("https://www.lijn.test/", "Lijn website"),
		},
		"/nl/jongeren/makkelijk/": {
			sitetest.In("main",
				sitetest.ContainsText("Praat met iemand. Het is gratis.", "Wij keken dit na in november 2026."),
				sitetest.LacksText("hulpverleners", "vertrouwelijk", "officiële melding", "Anoniem")),
			source,
		},
		"/en/young-people/easy/": {
			sitetest.In("main",
				sitetest.ContainsText("Talk to someone. It is free.", "We last looked at this in November 2026."),
				sitetest.LacksText("care workers", "official report")),
		},
	} {
		checkPage(t, s, path, checks...)
	}
}

// TestDayAndNight: the help page starts with the lines that answer the phone
// day and night and say what they are for, with one tap to call; a line
// with other hours, or without a short description, is not among them.
func TestDayAndNight(t *testing.T) {
	fsys := sitetest.FS(t, testSite)
	sitetest.Append(t, fsys, "helplines.yaml", `- {key: nacht, name: Nachtlijn, needs: [talk], who: [everyone], ways: [call], for: {nl: Praten, en: Talk}, easy: {nl: Praten, en: Talk}, short: {nl: "na iets ergs", en: "after something bad"}, phone: "0800-1111", hours: {always: true}, source: test, source_url: "https://nacht.test/", confidence: high, checked: 2026-11}
- {key: dag, name: Daglijn, needs: [talk], who: [everyone], ways: [call], for: {nl: Praten, en: Talk}, easy: {nl: Praten, en: Talk}, short: {nl: "overdag", en: "by day"}, phone: "0800-2222", hours: {open: [{days: mon-fri, from: "09:00", to: "17:00"}]}, source: test, source_url: "https://dag.test/", confidence: high, checked: 2026-11}
`)
	fsys["nl/hulp/index.md"] = sitetest.Page("title: Hulp\ndescription: Alle hulp\ntranslationKey: help\naudience: general\nlayout: helplines", "Hulp.\n")
	fsys["en/help/index.md"] = sitetest.Page("title: Help\ndescription: All help\ntranslationKey: help\naudience: general\nlayout: helplines", "Help.\n")
	s := buildTest(t, fsys)
	checkPage(t, s, "/nl/hulp/",
		sitetest.In("section.day-night ~ [data-chooser]"), // the list comes before the chooser
		sitetest.In("section.day-night",
			sitetest.ContainsText("Dag en nacht bereikbaar", "Nachtlijn: na iets ergs"),
			sitetest.In(`a[href="tel:08001111"]`),
			// other hours, or no short text
			sitetest.LacksText("Daglijn"), sitetest.NotIn(`a[href="tel:112"]`)))
}
