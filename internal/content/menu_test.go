package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/sitetest"
)

// menuYAML is a valid menu for the valid site: a section, a route with its
// labels, and a page under a label of its own.
const menuYAML = `menu:
  - page: youth
  - route: search
    label: {nl: Zoeken, en: Search}
footer:
  - page: home
    label: {nl: Begin, en: Start}
`

// Each mistake in menu.yaml is one problem at the line of its entry.
func TestMenuFile(t *testing.T) {
	fsys := sitetest.FS(t, valid)
	fsys[MenuFile] = &fstest.MapFile{Data: []byte(menuYAML)}
	s, ps := load(t, fsys)
	if len(ps) != 0 {
		t.Fatalf("a valid menu: %s", ps.Error())
	}
	if len(s.Menus.Menu) != 2 || s.Menus.Menu[1].Route != RouteSearch || s.Menus.Footer[0].Label["en"] != "Start" {
		t.Errorf("menus = %+v", s.Menus)
	}
	tests := []struct {
		name, from, to, want string
	}{
		{"unknown page", "page: youth", "page: jeugd", `menu.yaml:2: no nl page has translationKey "jeugd"`},
		{"unknown route", "route: search", "route: zoeken", `menu.yaml:3: menu: route "zoeken" is not one of search`},
		{"route without a label", "    label: {nl: Zoeken, en: Search}\n", "", `menu.yaml:3: menu: the link to route search has no nl label`},
		{"label in one language", "{nl: Begin, en: Start}", "{nl: Begin}", `menu.yaml:6: footer: the link to page home has no en label`},
		{"no target", "  - page: youth\n", "  - label: {nl: A, en: B}\n", `menu.yaml:2: menu: an entry needs page (a translationKey) or route (search)`},
		{"two targets", "  - page: youth\n", "  - page: youth\n    route: search\n", `menu.yaml:2: menu: an entry links to page "youth" or to route "search", not both`},
		{"typo", "footer:", "fotter:", `menu.yaml:5: unknown field "fotter": check its spelling`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := sitetest.FS(t, valid)
			fsys[MenuFile] = &fstest.MapFile{Data: []byte(strings.Replace(menuYAML, tt.from, tt.to, 1))}
			_, ps := load(t, fsys)
			if len(ps.Errors()) == 0 || !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%s\nwant %q", ps.Error(), tt.want)
			}
		})
	}
}
