package server

import (
	"io"
	"log/slog"
	"net/http/httptest"
	"signaal/internal/site"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"
)

// safetyContent is a small site with a help page, the safety page, and help
// lines whose facts are known, partly known and unknown.
func safetyContent() fstest.MapFS {
	fsys := testContent()
	fsys["helplines.yaml"] = &fstest.MapFile{Data: []byte(`
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
`)}
	fsys["nl/hulp/index.md"] = page("title: Hulp\ndescription: Alle hulp\ntranslationKey: help\naudience: general\nlayout: helplines", "Hulp.\n")
	fsys["en/help/index.md"] = page("title: Help\ndescription: All help\ntranslationKey: help\naudience: general\nlayout: helplines", "Help.\n")
	fsys["nl/hulp/veilig-bezoeken.md"] = page("title: Veilig deze site bezoeken\ndescription: Veilig\ntranslationKey: safe-visit\naudience: general", "Tekst.\n")
	fsys["en/help/visiting-safely.md"] = page("title: Visiting this site safely\ndescription: Safely\ntranslationKey: safe-visit\naudience: general", "Text.\n")
	fsys["menu.yaml"] = &fstest.MapFile{Data: []byte("menu: [{page: help}]\nfooter: [{page: help}, {page: safe-visit}]\n")}
	return fsys
}

func newSafetyServer(t *testing.T) *Server {
	t.Helper()
	s, err := New(site.Config{
		Content: safetyContent(), Static: fstest.MapFS{"site.js": {Data: []byte("//js")}},
		BaseURL: "https://signaal.example", ExitURL: "https://weather.example/", BrotliQuality: 1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return s
}

// getDoc fetches a page through the handler and parses it.
func getDoc(t *testing.T, s *Server, path string) (*html.Node, *httptest.ResponseRecorder) {
	t.Helper()
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", path, nil))
	doc, err := html.Parse(strings.NewReader(w.Body.String()))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return doc, w
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, c string) bool {
	v, _ := attr(n, "class")
	for _, f := range strings.Fields(v) {
		if f == c {
			return true
		}
	}
	return false
}

// find returns every element, in document order, that ok accepts.
func find(n *html.Node, ok func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && ok(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func first(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if all := find(n, ok); len(all) > 0 {
		return all[0]
	}
	return nil
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && n.Data != "a" && n.Data != "span" {
			b.WriteString(" ") // block boundaries read as a space
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func tagIs(name string) func(*html.Node) bool {
	return func(n *html.Node) bool { return n.Data == name }
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
			links := find(doc, func(n *html.Node) bool { _, ok := attr(n, "href"); return n.Data == "a" && ok })
			if len(links) < 2 {
				t.Fatalf("only %d links", len(links))
			}
			exit := links[0]
			if !hasClass(exit.Parent, "skip-links") {
				t.Errorf("first link is not a skip link")
			}
			href, _ := attr(exit, "href")
			rel, _ := attr(exit, "rel")
			if href != "https://weather.example/" || rel != "noreferrer nofollow" || text(exit) != wl.skip {
				t.Errorf("first link = %q rel %q %q, want the exit %q", href, rel, text(exit), wl.skip)
			}
			if _, ok := attr(exit, "data-exit"); !ok {
				t.Errorf("skip exit link lacks data-exit, so the script would not blank the page")
			}
			if h, _ := attr(links[1], "href"); h != "#content" {
				t.Errorf("second link %q, want the skip to content", h)
			}
			button := first(doc, func(n *html.Node) bool { return n.Data == "a" && hasClass(n, "exit") })
			if button == nil {
				t.Fatal("no exit button")
			}
			href, _ = attr(button, "href")
			rel, _ = attr(button, "rel")
			name, _ := attr(button, "aria-label")
			if href != "https://weather.example/" || rel != "noreferrer nofollow" || name != wl.button {
				t.Errorf("exit button = %q rel %q name %q", href, rel, name)
			}
			if !strings.Contains(strings.ToLower(name), strings.ToLower(text(button))) {
				t.Errorf("button name %q does not contain its visible label %q", name, text(button))
			}
			prog := first(doc, func(n *html.Node) bool { _, ok := attr(n, "data-exit-progress"); return ok })
			if prog == nil || first(prog, func(n *html.Node) bool { r, _ := attr(n, "role"); return r == "status" }) == nil {
				t.Fatal("no status region for the Shift shortcut")
			}
			if l2, _ := attr(prog, "data-left-2"); l2 != wl.left2 {
				t.Errorf("data-left-2 = %q, want %q", l2, wl.left2)
			}
			if l1, _ := attr(prog, "data-left-1"); l1 != wl.left1 {
				t.Errorf("data-left-1 = %q, want %q", l1, wl.left1)
			}
			footer := first(doc, tagIs("footer"))
			if first(footer, func(n *html.Node) bool { h, _ := attr(n, "href"); return h == wl.safe }) == nil {
				t.Errorf("footer does not link the safety page %s", wl.safe)
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
		note := first(doc, func(n *html.Node) bool { return hasClass(n, "exit-note") })
		if (note != nil) != tt.want {
			t.Errorf("%s: exit note shown = %v, want %v", tt.path, note != nil, tt.want)
			continue
		}
		if note == nil {
			continue
		}
		if !strings.Contains(text(note), "Shift") {
			t.Errorf("%s: note %q does not mention the shortcut", tt.path, text(note))
		}
		if a := first(note, tagIs("a")); a == nil {
			t.Errorf("%s: note has no link", tt.path)
		} else if h, _ := attr(a, "href"); h != tt.link {
			t.Errorf("%s: note links %q, want %q", tt.path, h, tt.link)
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
			chooser := first(doc, func(n *html.Node) bool { _, ok := attr(n, "data-chooser"); return ok })
			if chooser == nil {
				t.Fatal("no chooser")
			}
			form := first(chooser, tagIs("form"))
			if _, hidden := attr(form, "hidden"); form == nil || !hidden {
				t.Error("filter form is not hidden for readers without a script")
			}
			cards := find(chooser, func(n *html.Node) bool { k, _ := attr(n, "data-helpline"); return k == tt.key })
			if len(cards) != len(tt.sections) {
				t.Fatalf("card shown %d times, want %d", len(cards), len(tt.sections))
			}
			for i, card := range cards {
				sec := card.Parent.Parent
				if id, _ := attr(first(sec, tagIs("h2")), "id"); id != tt.sections[i] {
					t.Errorf("card %d under %q, want %q", i, id, tt.sections[i])
				}
			}
			card := cards[0]
			if v, _ := attr(card, "data-ways"); v != tt.ways {
				t.Errorf("data-ways = %q, want %q", v, tt.ways)
			}
			if v, _ := attr(card, "data-who"); v != tt.who {
				t.Errorf("data-who = %q, want %q", v, tt.who)
			}
			var hours []string
			for _, n := range find(card, func(n *html.Node) bool { _, ok := attr(n, "data-hours"); return ok }) {
				v, _ := attr(n, "data-hours")
				hours = append(hours, v)
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
			facts := text(card)
			for _, s := range tt.has {
				if !strings.Contains(facts, s) {
					t.Errorf("card lacks %q in %q", s, facts)
				}
			}
			dl := text(first(card, tagIs("dl")))
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
		for _, in := range find(doc, tagIs("input")) {
			name, _ := attr(in, "name")
			v, _ := attr(in, "value")
			switch name {
			case "how":
				how = append(how, v)
			case "who":
				who = append(who, v)
			}
		}
		// Only the ways some line of safetyContent offers: no text, no in person.
		if strings.Join(how, " ") != "call chat tip" || strings.Join(who, " ") != " youth parents professionals" {
			t.Errorf("%s: how %q, who %q", tt.page, how, who)
		}
		count := first(doc, func(n *html.Node) bool { _, ok := attr(n, "data-count"); return ok })
		if r, _ := attr(count, "role"); r != "status" {
			t.Errorf("%s: count region role %q", tt.page, r)
		}
		if v, _ := attr(count, "data-one"); v != tt.one {
			t.Errorf("%s: data-one %q, want %q", tt.page, v, tt.one)
		}
		if v, _ := attr(count, "data-other"); v != tt.other {
			t.Errorf("%s: data-other %q, want %q", tt.page, v, tt.other)
		}
	}
}
