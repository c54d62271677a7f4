package main

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/sitetest"
)

// TestCheckMeasuresCards: an easy-read page whose own text is easy still
// fails `signaal check` when its help-line cards are hard, because check
// measures the page as rendered; with an easy card it passes.
func TestCheckMeasuresCards(t *testing.T) {
	easyPage := "---\ntitle: Hulp\ndescription: Wie helpt je\ntranslationKey: easy\naudience: easyread\nreviewed: 2026-11-24\nhelplines: [lijn]\n---\n" +
		strings.Repeat("Je bent niet alleen. Praat met iemand. Dat mag altijd. Het is niet jouw schuld. ", 4) + "\n"
	easyPageEN := strings.Replace(strings.Replace(easyPage, "Je bent niet alleen. Praat met iemand. Dat mag altijd. Het is niet jouw schuld. ", "You are not alone. Talk to someone. You can always do that. It is not your fault. ", -1), "title: Hulp", "title: Help", 1)
	line := func(easy string) string {
		return "- key: lijn\n  name: Lijn\n  needs: [talk]\n  who: [youth]\n  ways: [call]\n" +
			"  for: {nl: Hulp, en: Help}\n  easy: {nl: \"" + easy + "\", en: \"You can call us. It is free.\"}\n" +
			"  phone: \"0800-0000\"\n  source: test\n  source_url: https://lijn.test/\n  confidence: high\n  checked: 2026-11\n"
	}
	hard := "Multidisciplinaire hulpverleningsorganisaties ondersteunen slachtoffers van eergerelateerd geweld, seksuele uitbuiting en mensenhandel vertrouwelijk, waarbij desgewenst een officiële melding bij de daartoe bevoegde instanties kan worden gedaan. " +
		"Professionele vertrouwenspersonen begeleiden gedupeerde minderjarigen gedurende het gehele traject van aangifte, forensisch onderzoek en eventuele gerechtelijke procedures, overeenkomstig de geldende beroepsrichtlijnen en protocollen."
	tree := func(easy string) string {
		fsys := sitetest.FS(t)
		sitetest.Append(t, fsys, "helplines.yaml", line(easy))
		fsys["nl/makkelijk/hulp.md"] = &fstest.MapFile{Data: []byte(easyPage)}
		fsys["en/easy/help.md"] = &fstest.MapFile{Data: []byte(easyPageEN)}
		return sitetest.Dir(t, fsys)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"check", "-content", tree(hard)}, &out, &errOut); code != 1 {
		t.Fatalf("hard card on an easy-read page: exit %d, want 1\n%s", code, errOut.String())
	}
	if want := "nl/makkelijk/hulp.md:1: readability as rendered, help-line cards included"; !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr %q lacks %q", errOut.String(), want)
	}
	if strings.Contains(errOut.String(), "en/easy/help.md") {
		t.Errorf("the English page, with an easy card, was reported too:\n%s", errOut.String())
	}
	out.Reset()
	errOut.Reset()
	if code := run([]string{"check", "-content", tree("Je kunt ons bellen. Het is gratis.")}, &out, &errOut); code != 0 {
		t.Fatalf("easy card: exit %d\n%s", code, errOut.String())
	}
}
