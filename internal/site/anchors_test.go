package site

import (
	"strings"
	"testing"

	"signaal"
	"signaal/internal/content"
	"signaal/templates"
)

// TestAnchorsAreRendered holds templates.Anchors, the IDs content checks
// links against, to what the templates render: every ID it declares for a
// page is an id="…" on that page, so a link content accepts finds its section.
func TestAnchorsAreRendered(t *testing.T) {
	cs, err := content.Load(signaal.Content(), content.Options{Anchors: templates.Anchors})
	if err != nil {
		t.Fatal(err)
	}
	site, err := Render(cs, Options{Config: templates.Config{BaseURL: testBase, ExitURL: "https://weather.example/"}, Static: signaal.Static(), BrotliQuality: 1})
	if err != nil {
		t.Fatal(err)
	}
	layouts := map[content.Layout]bool{}
	for _, p := range cs.Pages {
		f := site.File(p.Path)
		if f == nil {
			t.Errorf("no page %s", p.Path)
			continue
		}
		layouts[p.Layout] = true
		for _, id := range templates.Anchors(cs, p) {
			if !strings.Contains(string(f.Body), ` id="`+id+`"`) {
				t.Errorf("%s: templates.Anchors declares #%s, but the page has no such id", p.Path, id)
			}
		}
	}
	for _, l := range content.Layouts {
		if !layouts[l] {
			t.Errorf("no page of the real content has layout %q: the test does not see it", l.Name())
		}
	}
}
