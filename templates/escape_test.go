package templates

import (
	"bytes"
	"context"
	"testing"

	"signaal/internal/content"
	"signaal/internal/lang"
	"signaal/internal/sitetest"
)

// Text an editor writes (a title, a description, a paragraph) reaches the
// page as text, never as markup: a title with "<b>" in it shows the
// characters, and the head's title and description say exactly what the
// front matter says. If any of them were written unescaped, the parsed
// page would hold a <b> element and the texts below would differ.
func TestEditorTextIsEscaped(t *testing.T) {
	const (
		title = `Hulp & "info" <b>nu</b>`
		desc  = `1 < 2 & 3 > 0 <script>x</script>`
	)
	fsys := sitetest.FS(t, "")
	for _, c := range lang.All {
		fsys[string(c)+"/proef/index.md"] = sitetest.Page(
			"title: '"+title+"'\ndescription: '"+desc+"'\ntranslationKey: proef\naudience: general",
			"Welkom bij \"Signaal\" & 1 < 2 > 0.\n")
	}
	site, err := content.Load(fsys, content.Options{Now: sitetest.Now, Anchors: Anchors})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range site.Pages {
		if p.TranslationKey != "proef" {
			continue
		}
		var buf bytes.Buffer
		v := View{Site: site, Page: p, Lang: p.Lang, Path: p.Path, Title: p.Title, Description: p.Description}
		if err := Page(v).Render(lang.WithCode(context.Background(), p.Lang), &buf); err != nil {
			t.Fatalf("%s: %v", p.Path, err)
		}
		sitetest.Check(t, p.Path, buf.Bytes(),
			sitetest.In("main h1", sitetest.HasExactText(title)),
			sitetest.In(`head meta[name="description"]`, sitetest.HasExactAttr("content", desc)),
			sitetest.In("head title", sitetest.ContainsText(title)),
			sitetest.In("main", sitetest.ContainsText(`Welkom bij “Signaal” & 1 < 2 > 0.`)),
			sitetest.NotIn("main b"),
			sitetest.NotIn("body script:not([src])"),
		)
	}
}
