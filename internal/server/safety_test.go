package server

import (
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"signaal/internal/sitetest"
)

// safetySite is testSite with a help page, the safety page, and help
// lines whose facts are known, partly known and unknown.
const safetySite = `
-- helplines.yaml --
- {key: "112", name: "112", needs: [emergency], who: [everyone], ways: [call], for: {nl: Gevaar, en: Danger}, phone: "112", hours: {always: true}, free: true, anonymous: false, source: politie.nl, easy: {nl: Hulp, en: Help}, source_url: "https://politie.nl/", confidence: high, checked: 2026-11-24}
- key: office
  name: Kantoorlijn
  name_en: Office line
  needs: [talk, chat]
  who: [youth]
  ways: [call, chat]
  for: {nl: Praten, en: Talk}
  phone: "0000-0001"
  chat: https://chat.example/
  hours: {open: [{days: mon-fri, from: "09:00", to: "17:00"}, {days: sat, from: "10:00", to: "14:00"}]}
  chat_hours: {open: [{days: mon-sun, from: "14:00", to: "22:00"}]}
  free: true
  anonymous: true
  ages: {from: 8, to: 18}
  source: test
  easy: {nl: Praten, en: Talk}
  source_url: https://office.example/
  confidence: high
  checked: 2026-11-24
- {key: unknown, name: Onbekend, needs: [tip], who: [parents, professionals], ways: [tip, form], for: {nl: Tip, en: Tip}, web: "https://tip.example/", ages: {from: 12}, source: test, easy: {nl: Tip, en: Tip}, source_url: "https://tip.example/", confidence: high, checked: 2026-11-24}
-- nl/hulp/index.md --
---
{title: Hulp, description: Alle hulp, translationKey: help, audience: general, layout: helplines, reviewed: 2026-11-24}
---
Hulp.
-- en/help/index.md --
---
{title: Help, description: All help, translationKey: help, audience: general, layout: helplines, reviewed: 2026-11-24}
---
Help.
-- nl/hulp/veilig-bezoeken.md --
---
{title: Veilig deze site bezoeken, description: Veilig, translationKey: safe-visit, audience: general, reviewed: 2026-11-24}
---
Tekst.
-- en/help/visiting-safely.md --
---
{title: Visiting this site safely, description: Safely, translationKey: safe-visit, audience: general, reviewed: 2026-11-24}
---
Text.
-- menu.yaml --
menu: [{page: help}]
footer: [{page: help}, {page: safe-visit}]
`

func newSafetyServer(t *testing.T) *Server {
	t.Helper()
	return serve(t, New, sitetest.FS(t, testSite, safetySite))
}

// getDoc fetches a page through the handler and parses it.
func getDoc(t *testing.T, s *Server, path string) (*html.Node, *httptest.ResponseRecorder) {
	t.Helper()
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	return sitetest.Parse(t, w.Body.Bytes()), w
}

// attr is a node's attribute, "" when it has none.
func attr(n *html.Node, key string) string {
	v, _ := sitetest.Attr(n, key)
	return v
}

// Every page, the 404 pages too, offers the quick exit first: the first
// link in the page is the exit, named for what it does, with the right
// target and rel; the sticky button and the Shift x3 status region are
// there, and the footer links the safety page.
func TestQuickExitOnEveryPage(t *testing.T) {
	s := newSafetyServer(t)
	want := map[string]struct{ skip, button, left2, left1, safe string }{
		"nl": {"Snel weg van deze site", "Snel weg: verlaat deze site snel", "Shift, nog 2 keer om weg te gaan", "Shift, nog 1 keer om weg te gaan", "/nl/hulp/veilig-bezoeken/"},
		"en": {"Leave this site quickly", "Leave this site quickly", "Shift, 2 more times to leave", "Shift, 1 more time to leave", "/en/help/visiting-safely/"},
	}
	paths := []string{"/nl/nothing/", "/en/nothing/"}
	for _, p := range s.Site().Content.Pages {
		paths = append(paths, p.Path)
	}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			doc, w := getDoc(t, s, p)
			wl := want[p[1:3]]
			links := sitetest.QueryAll(doc, "a[href]")
			if len(links) < 2 {
				t.Fatalf("only %d links", len(links))
			}
			if exit := links[0]; sitetest.Query(doc, ".skip-links > a[href]") != exit {
				t.Errorf("first link is not a skip link")
			}
			if h := attr(links[1], "href"); h != "#content" {
				t.Errorf("second link %q, want the skip to content", h)
			}
			// the first link is the exit
			sitetest.Check(t, p, w.Body.Bytes(),
				sitetest.In("a[href]", sitetest.HasExactAttr("href", "https://weather.example/"), sitetest.HasExactAttr("rel", "noreferrer nofollow"),
					sitetest.HasExactText(wl.skip),
					sitetest.HasAttr("data-exit", "")), // without it the script would not blank the page
				sitetest.In("a.exit", sitetest.HasExactAttr("href", "https://weather.example/"), sitetest.HasExactAttr("rel", "noreferrer nofollow"),
					sitetest.HasExactAttr("aria-label", wl.button)),
				sitetest.In("[data-exit-progress]", sitetest.In(`[role="status"]`),
					sitetest.HasExactAttr("data-left-2", wl.left2), sitetest.HasExactAttr("data-left-1", wl.left1)),
				sitetest.In("footer", sitetest.In(`a[href="`+wl.safe+`"]`)),
			)
			if button := sitetest.Query(doc, "a.exit"); button != nil {
				if name, label := attr(button, "aria-label"), sitetest.Text(button); !strings.Contains(strings.ToLower(name), strings.ToLower(label)) {
					t.Errorf("button name %q does not contain its visible label %q", name, label)
				}
			}
			// no-cache: any cache must ask again (cheap with the ETag), so an
			// edited help line reaches readers at once; pages are the same for
			// everyone, so a shared copy tells nothing about a reader.
			if w.Header().Get("Referrer-Policy") != "no-referrer" || w.Header().Get("Set-Cookie") != "" || w.Header().Get("Cache-Control") != "no-cache" {
				t.Errorf("headers: %v", w.Header())
			}
		})
	}
}

// The home and help pages explain the exit in one sentence with a link to
// the safety page; other pages do not repeat it.
func TestExitNote(t *testing.T) {
	s := newSafetyServer(t)
	tests := []struct {
		path, link string
		want       bool
	}{
		{"/nl/", "/nl/hulp/veilig-bezoeken/", true},
		{"/en/", "/en/help/visiting-safely/", true},
		{"/nl/hulp/", "/nl/hulp/veilig-bezoeken/", true},
		{"/en/help/", "/en/help/visiting-safely/", true},
		{"/nl/jongeren/", "", false},
		{"/en/help/visiting-safely/", "", false},
	}
	for _, tt := range tests {
		doc, _ := getDoc(t, s, tt.path)
		note := sitetest.Query(doc, ".exit-note")
		if (note != nil) != tt.want {
			t.Errorf("%s: exit note shown = %v, want %v", tt.path, note != nil, tt.want)
			continue
		}
		if note == nil {
			continue
		}
		if err := sitetest.In(".exit-note", sitetest.ContainsText("Shift"), // the shortcut
			sitetest.In("a", sitetest.HasExactAttr("href", tt.link)))(doc); err != nil {
			t.Errorf("%s: %v", tt.path, err)
		}
	}
}

// The help chooser lists every line under each need it meets, shows what
// is known and nothing that is not, and gives the script what it filters
// and computes "open now" from.
func TestHelpChooser(t *testing.T) {
	s := newSafetyServer(t)
	tests := []struct {
		page, key        string
		sections         []string // need sections the card appears in
		ways, who, hours string   // data attributes ("" = absent)
		chatHours        string
		has, lacks       []string // text in the card, text not in it
	}{
		{"/nl/hulp/", "112", []string{"need-emergency"}, "call", "everyone", "0-10080", "",
			[]string{"Bellen Dag en nacht, elke dag", "Kosten Gratis", "Anoniem Niet anoniem"}, []string{"Leeftijd"}},
		{"/en/help/", "112", []string{"need-emergency"}, "call", "everyone", "0-10080", "",
			[]string{"Phone Day and night, every day", "Cost Free", "Anonymous Not anonymous"}, []string{"Age"}},
		{"/nl/hulp/", "office", []string{"need-talk", "need-chat"}, "call chat", "youth", "540-1020 1980-2460 3420-3900 4860-5340 6300-6780 7800-8040", "840-1320 2280-2760 3720-4200 5160-5640 6600-7080 8040-8520 9480-9960",
			[]string{"Bellen ma–vr 09:00–17:00; za 10:00–14:00", "Chatten Elke dag 14:00–22:00", "Gratis", "Je kunt anoniem blijven", "Leeftijd 8 tot 18 jaar"}, []string{"Dag en nacht"}},
		{"/en/help/", "office", []string{"need-talk", "need-chat"}, "call chat", "youth", "540-1020 1980-2460 3420-3900 4860-5340 6300-6780 7800-8040", "840-1320 2280-2760 3720-4200 5160-5640 6600-7080 8040-8520 9480-9960",
			[]string{"Office line", "Phone Mon–Fri 09:00–17:00; Sat 10:00–14:00", "Age 8 to 18 years"}, nil},
		{"/nl/hulp/", "unknown", []string{"need-tip"}, "tip form", "parents professionals", "", "",
			[]string{"Leeftijd vanaf 12 jaar"}, []string{"Bellen", "Kosten", "Gratis", "Anoniem", "anoniem", "Dag en nacht"}},
		{"/en/help/", "unknown", []string{"need-tip"}, "tip form", "parents professionals", "", "",
			[]string{"Age 12 and older"}, []string{"Phone", "Cost", "Free", "Anonymous", "anonymous"}},
	}
	for _, tt := range tests {
		t.Run(tt.page+" "+tt.key, func(t *testing.T) {
			doc, _ := getDoc(t, s, tt.page)
			chooser := sitetest.Query(doc, "[data-chooser]")
			if chooser == nil {
				t.Fatal("no chooser")
			}
			if sitetest.Query(chooser, "form[hidden]") == nil {
				t.Error("filter form is not hidden for readers without a script")
			}
			cards := sitetest.QueryAll(chooser, `[data-helpline="`+tt.key+`"]`)
			if len(cards) != len(tt.sections) {
				t.Fatalf("card shown %d times, want %d", len(cards), len(tt.sections))
			}
			for i, card := range cards {
				sec := card.Parent.Parent
				if id := attr(sitetest.Query(sec, "h2"), "id"); id != tt.sections[i] {
					t.Errorf("card %d under %q, want %q", i, id, tt.sections[i])
				}
			}
			card := cards[0]
			if v := attr(card, "data-ways"); v != tt.ways {
				t.Errorf("data-ways = %q, want %q", v, tt.ways)
			}
			if v := attr(card, "data-who"); v != tt.who {
				t.Errorf("data-who = %q, want %q", v, tt.who)
			}
			var hours []string
			for _, n := range sitetest.QueryAll(card, "[data-hours]") {
				hours = append(hours, attr(n, "data-hours"))
			}
			wantHours := []string{}
			for _, h := range []string{tt.hours, tt.chatHours} {
				if h != "" {
					wantHours = append(wantHours, h)
				}
			}
			if strings.Join(hours, "|") != strings.Join(wantHours, "|") {
				t.Errorf("data-hours = %q, want %q", hours, wantHours)
			}
			facts := sitetest.Text(card)
			for _, s := range tt.has {
				if !strings.Contains(facts, s) {
					t.Errorf("card lacks %q in %q", s, facts)
				}
			}
			dl := sitetest.Text(sitetest.Query(card, "dl"))
			for _, s := range tt.lacks {
				if strings.Contains(dl, s) {
					t.Errorf("card facts show %q, which the data does not say: %q", s, dl)
				}
			}
		})
	}
}

// The filter offers the ways and the people it names, and the count region
// gets its words, with a place for the number, from the message files.
func TestChooserForm(t *testing.T) {
	s := newSafetyServer(t)
	for _, tt := range []struct{ page, one, other string }{
		{"/nl/hulp/", "{n} hulplijn past bij je keuze.", "{n} hulplijnen passen bij je keuze."},
		{"/en/help/", "{n} help line fits your choice.", "{n} help lines fit your choice."},
	} {
		doc, _ := getDoc(t, s, tt.page)
		var how, who []string
		for _, in := range sitetest.QueryAll(doc, `input[name="how"]`) {
			how = append(how, attr(in, "value"))
		}
		for _, in := range sitetest.QueryAll(doc, `input[name="who"]`) {
			who = append(who, attr(in, "value"))
		}
		// Only the ways some line of safetySite offers: no text, no in person.
		if strings.Join(how, " ") != "call chat tip" || strings.Join(who, " ") != " youth parents professionals" {
			t.Errorf("%s: how %q, who %q", tt.page, how, who)
		}
		if err := sitetest.In("[data-count]", sitetest.HasExactAttr("role", "status"),
			sitetest.HasExactAttr("data-one", tt.one), sitetest.HasExactAttr("data-other", tt.other))(doc); err != nil {
			t.Errorf("%s: %v", tt.page, err)
		}
	}
}
