package content

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"signaal/internal/lang"
)

// MenuFile lists the links of the menu and of the footer, so an editor
// changes what they offer without touching a template.
const MenuFile = "menu.yaml"

// A Route is an address of the site that is not a content page, such as the
// search page. The templates know its address in each language.
type Route string

// RouteSearch is the search page.
const RouteSearch Route = "search"

// Routes lists the routes a menu entry may name.
func Routes() []Route { return []Route{RouteSearch} }

// Menus are the site's two lists of links: the menu under the header bar
// and the links in the footer of every page, each in the order of
// menu.yaml.
type Menus struct {
	Menu   []*MenuEntry `yaml:"menu"`
	Footer []*MenuEntry `yaml:"footer"`
}

// A MenuEntry is one link: to a page, by its translationKey, or to a route.
// Label is its text per language; a link to a page may leave it out to
// show the page's own title (its linkTitle in the menu, where space is
// short).
type MenuEntry struct {
	Page  string `yaml:"page"`
	Route Route  `yaml:"route"`
	Label Text   `yaml:"label"`

	entry `yaml:"-"`
}

// loadMenus reads menu.yaml when there is one (a site without it has no
// menu links, as the synthetic sites of the benchmarks) and checks each
// entry on its own; the pages it names are checked by checkMenus once they
// are loaded.
func loadMenus(fsys fs.FS, ps *problems) Menus {
	var m Menus
	if _, err := fs.Stat(fsys, MenuFile); errors.Is(err, fs.ErrNotExist) {
		return m
	}
	root, ok := decodeData(fsys, MenuFile, &m, ps)
	if !ok {
		return Menus{}
	}
	for _, l := range []struct {
		key     string
		entries []*MenuEntry
	}{{"menu", m.Menu}, {"footer", m.Footer}} {
		lines := entryLines(valueOf(root, l.key))
		for i, e := range l.entries {
			e.startsAt(lineAt(lines, i))
			checkMenuEntry(l.key, e, ps)
		}
	}
	return m
}

// checkMenuEntry reports an entry that names no target or two, an unknown
// route, and a label missing in a language where the entry needs one.
func checkMenuEntry(list string, e *MenuEntry, ps *problems) {
	switch {
	case e.Page == "" && e.Route == "":
		ps.add(MenuFile, e.line, "%s: an entry needs page (a translationKey) or route (%s)", list, routeNames())
	case e.Page != "" && e.Route != "":
		ps.add(MenuFile, e.line, "%s: an entry links to page %q or to route %q, not both", list, e.Page, e.Route)
	case e.Route != "" && !slices.Contains(Routes(), e.Route):
		ps.add(MenuFile, e.line, "%s: route %q is not one of %s", list, e.Route, routeNames())
	}
	if e.Route == "" && len(e.Label) == 0 {
		return // the page's own title
	}
	for _, c := range lang.All {
		if strings.TrimSpace(e.Label[c]) == "" {
			ps.add(MenuFile, e.line, "%s: the link to %s has no %s label", list, e.target(), c)
		}
	}
}

// checkMenus reports a menu entry whose page does not exist in a language.
func (s *Site) checkMenus(ps *problems) {
	for _, e := range append(append([]*MenuEntry{}, s.Menus.Menu...), s.Menus.Footer...) {
		if e.Page == "" {
			continue
		}
		for _, c := range lang.All {
			if s.byKey[c][e.Page] == nil {
				ps.add(MenuFile, e.line, "no %s page has translationKey %q", c, e.Page)
			}
		}
	}
}

// target names what an entry links to, for messages.
func (e *MenuEntry) target() string {
	if e.Route != "" {
		return "route " + string(e.Route)
	}
	return "page " + e.Page
}

func routeNames() string {
	var names []string
	for _, r := range Routes() {
		names = append(names, string(r))
	}
	return strings.Join(names, ", ")
}
