package content

import (
	"slices"
	"strings"
)

// A Layout is what a page shows beyond its Markdown, named in front matter
// (`layout: helplines`). Content checks the name, templates draws it (one
// table maps each layout to its component), search indexes what it adds:
// the type keeps the three agreeing on one list.
type Layout string

// The layouts a page can ask for.
const (
	// LayoutArticle, the empty name, is an ordinary page: its Markdown only.
	LayoutArticle Layout = ""
	// LayoutHome is a language's front page: intro, talk-now band, doors.
	LayoutHome Layout = "home"
	// LayoutSection lists the pages in a section under its intro.
	LayoutSection Layout = "section"
	// LayoutHelplines adds every help line from helplines.yaml, by need.
	LayoutHelplines Layout = "helplines"
	// LayoutSigns adds the checklist of warning signs from signs.yaml.
	LayoutSigns Layout = "signs"
	// LayoutAbout adds who publishes the site.
	LayoutAbout Layout = "about"
	// LayoutSources adds every source and the date each page was reviewed:
	// a page of its own, since the list grows with every page and would
	// push the About page past the first-visit budget.
	LayoutSources Layout = "sources"
	// LayoutTeachers adds the posters and handouts to print.
	LayoutTeachers Layout = "teachers"
)

// Layouts lists every layout, in the order an editor is told them.
var Layouts = []Layout{LayoutArticle, LayoutHome, LayoutSection, LayoutHelplines, LayoutSigns, LayoutAbout, LayoutSources, LayoutTeachers}

// Valid reports whether l is one of Layouts.
func (l Layout) Valid() bool { return slices.Contains(Layouts, l) }

// Name is the layout's name as a word, "article" for the empty one: what a
// stylesheet selects on (class="layout-article").
func (l Layout) Name() string {
	if l == LayoutArticle {
		return "article"
	}
	return string(l)
}

// layoutNames is the list an editor who wrote an unknown layout reads.
func layoutNames() string {
	var names []string
	for _, l := range Layouts[1:] {
		names = append(names, string(l))
	}
	return strings.Join(names, ", ")
}
