package readability

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/content"
	"signaal/internal/sitetest"
)

const youthEasy = "Je bent niet alleen. Het is niet jouw schuld. Praat met iemand die je kent. " +
	"Bel of chat met de Kindertelefoon. Je hoeft je naam niet te zeggen. Samen kijk je wat je kunt doen. " +
	"Je mag altijd stoppen. Niemand mag je dwingen. Zeg nee als je iets niet wilt. Dat is goed."

const hardText = "Professionals dienen bij vermoedens van mensenhandel conform het afwegingskader van de meldcode " +
	"huiselijk geweld en kindermishandeling te beoordelen of acute of structurele onveiligheid aanwezig is, " +
	"waarbij consultatie van Veilig Thuis uitdrukkelijk geïndiceerd is en documentatie van signalen " +
	"noodzakelijkerwijs zorgvuldig plaatsvindt binnen de daartoe geëigende organisatorische kaders."

// site is the kit's default site with one page in the given audience and
// Dutch text, and its English translation.
func site(t *testing.T, nlAudience, nlBody string) fstest.MapFS {
	fsys := sitetest.FS(t)
	fm := "title: T\ndescription: D\ntranslationKey: p\naudience: " + nlAudience
	fsys["nl/jongeren/pagina.md"] = sitetest.Page(fm, nlBody+"\n")
	fsys["en/young/page.md"] = sitetest.Page(fm, "You are not alone. Talk to someone.\n")
	return fsys
}

func check(t *testing.T, fsys fstest.MapFS) (*content.Site, content.Problems) {
	t.Helper()
	s, err := content.Load(fsys, content.Options{Now: sitetest.Now, Check: Check})
	var ps content.Problems
	if err != nil && !errors.As(err, &ps) {
		t.Fatal(err)
	}
	return s, ps
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct {
		name, audience, body string
		want                 string // "" when the page passes
	}{
		{"plain youth page", "youth", youthEasy, ""},
		{"hard youth page", "youth", hardText, "nl/jongeren/pagina.md:1: readability"},
		{"hard easy-read page", "easyread", hardText, "is below 80 for audience easyread"},
		{"hard parents page", "parents", hardText, "is below 55 for audience parents"},
		{"hard professionals page is reported only", "professionals", hardText, ""},
		{"too short to hold", "youth", "Professionals dienen conform het afwegingskader te handelen.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := check(t, site(t, tc.audience, tc.body))
			got := ps.Error()
			if tc.want == "" && len(ps) > 0 {
				t.Fatalf("unexpected problems:\n%s", got)
			}
			if tc.want != "" && !strings.Contains(got, tc.want) {
				t.Fatalf("problems %q lack %q", got, tc.want)
			}
			if tc.want != "" && !strings.Contains(got, "Flesch–Douma") || tc.want != "" && !strings.Contains(got, "avg ") {
				t.Errorf("message lacks the formula or the figures: %q", got)
			}
		})
	}
}

func TestReport(t *testing.T) {
	s, ps := check(t, site(t, "professionals", hardText))
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	var b bytes.Buffer
	if err := Report(&b, s.Pages); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1+len(s.Pages) {
		t.Fatalf("report has %d lines for %d pages:\n%s", len(lines), len(s.Pages), out)
	}
	for _, want := range []string{"words/sentence", "nl/jongeren/pagina.md", "professionals", "reported", "short"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
}
