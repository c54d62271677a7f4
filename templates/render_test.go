package templates

import (
	"bytes"
	"context"
	"testing"

	"signaal/internal/content"
	"signaal/internal/lang"
	"signaal/internal/sitetest"
)

// Each layout draws its own body: what a page in it is for (the chooser,
// the checklist, the printables) is there, and a layout mapped to the wrong
// body in layoutBodies fails here, where TestEveryLayoutHasABody, which
// only sees that an entry exists, would pass.
func TestLayoutsDrawTheirBody(t *testing.T) {
	marks := map[content.Layout]string{ // what only that layout draws
		content.LayoutArticle:   "article.layout-article > div.prose",
		content.LayoutHome:      "section.talk-now .quick-lines",
		content.LayoutSection:   "article > p.lead",
		content.LayoutHelplines: "[data-chooser] form.filter",
		content.LayoutSigns:     "section.checklist",
		content.LayoutAbout:     "section.publisher-info",
		content.LayoutSources:   "table.reviewed-table",
		content.LayoutTeachers:  "section.printables",
	}
	// A poster for the section page, so the teachers' page has printables.
	for _, l := range content.Layouts {
		if marks[l] == "" {
			t.Fatalf("layout %q: say what only it draws in marks", l.Name())
		}
	}
	fsys := sitetest.FS(t, `
-- posters.yaml --
- section: section
  nl: {headline: "Zorgen?"}
  en: {headline: "Worried?"}
  helplines: ["112"]
`)
	for _, l := range content.Layouts {
		if l == content.LayoutHome {
			continue // the default site's home pages
		}
		fm := "title: " + l.Name() + "\ndescription: d\ntranslationKey: " + l.Name() + "\naudience: general"
		if l != content.LayoutArticle { // the layout a page without one has
			fm += "\nlayout: " + l.Name()
		}
		for _, c := range lang.All {
			fsys[string(c)+"/"+l.Name()+"/index.md"] = sitetest.Page(fm, "Tekst.\n")
		}
	}
	site, err := content.Load(fsys, content.Options{Now: sitetest.Now, Anchors: Anchors})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range site.Pages {
		var buf bytes.Buffer
		v := View{Site: site, Page: p, Lang: p.Lang, Path: p.Path, Title: p.Title}
		if err := Page(v).Render(lang.WithCode(context.Background(), p.Lang), &buf); err != nil {
			t.Fatalf("%s: %v", p.Path, err)
		}
		var checks []sitetest.Checker
		for _, l := range content.Layouts {
			sel := marks[l]
			if l == p.Layout {
				checks = append(checks, sitetest.In("main "+sel))
			} else {
				checks = append(checks, sitetest.NotIn(sel))
			}
		}
		sitetest.Check(t, p.Path, buf.Bytes(), checks...)
	}
}
