package templates

import (
	"slices"
	"testing"

	"signaal"
	"signaal/internal/content"
	"signaal/internal/lang"
)

// TestEveryRouteHasAnAddress holds routePaths complete: a route menu.yaml
// may name but templates cannot place would drop its link from every page.
func TestEveryRouteHasAnAddress(t *testing.T) {
	for _, r := range content.Routes() {
		if routePaths[r] == nil {
			t.Errorf("route %q has no address in routePaths", r)
		}
	}
	for r := range routePaths {
		if !slices.Contains(content.Routes(), r) {
			t.Errorf("routePaths has %q, which content does not accept", r)
		}
	}
}

// The menu and the footer show what menu.yaml lists: a page under its
// linkTitle in the menu and its title in the footer, unless the entry has a
// label, and a route under its label.
func TestMenuLinks(t *testing.T) {
	s, err := content.Load(signaal.Content(), content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	v := View{Site: s, Lang: lang.Dutch}
	if got := v.Menu(); len(got) == 0 || got[0] != (MenuLink{"/nl/wat-is-het/", "Wat is het?"}) {
		t.Errorf("menu = %v, want Wat is het? first", got)
	}
	if got := v.Footer(); len(got) == 0 || got[0] != (MenuLink{"/nl/hulp/", "Hulplijnen en melden"}) {
		t.Errorf("footer = %v, want the help page's full title first", got)
	}
	v.Lang = lang.English
	got := v.MenuLinks([]*content.MenuEntry{
		{Route: content.RouteSearch, Label: content.Text{lang.Dutch: "Zoeken", lang.English: "Search"}},
		{Page: "help", Label: content.Text{lang.Dutch: "Hulp", lang.English: "Help"}},
		{Page: "no-such-page"},
	}, true)
	want := []MenuLink{{"/en/search", "Search"}, {"/en/help/", "Help"}}
	if !slices.Equal(got, want) {
		t.Errorf("links = %v, want %v", got, want)
	}
}
