package site

import (
	"strings"
	"testing"
)

func TestPagesLinkSectionsAndPrintAddresses(t *testing.T) {
	s := buildTest(t, testContent())
	tests := []struct {
		path string
		want []string
	}{
		{"/nl/jongeren/", []string{
			// a Markdown heading and its link, named in Dutch
			`<h2 id="signs">Signalen</h2>` + "\n" + `<a class="section-link" href="#signs" aria-label="Link naar deze sectie: Signalen" data-label="Link naar deze sectie"></a>`,
			// the live region the copy notice goes into
			`<p id="copy-status" class="copy-status" role="status" data-copied="Link gekopieerd"></p>`,
			// on paper an internal link shows its full address; an external one keeps its own
			`<a href="/nl/hulp/" data-print="https://signaal.example/nl/hulp/">`,
			`<a href="https://www.kindertelefoon.nl/" class="external"`,
		}},
		{"/en/young-people/", []string{
			`aria-label="Link to this section: Signs"`, `data-copied="Link copied"`,
		}},
		// a template's own section heading gets the same link
		{"/nl/", []string{`<a class="section-link" href="#help-lines" aria-label="Link naar deze sectie: Nu met iemand praten?" data-label="Link naar deze sectie"></a>`}},
		{"/nl/hulp/", []string{`<h2 id="need-emergency">`, `href="#need-emergency"`}},
	}
	for _, tt := range tests {
		f := s.File(tt.path)
		if f == nil {
			t.Errorf("no page %s", tt.path)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(string(f.Body), w) {
				t.Errorf("%s lacks %s", tt.path, w)
			}
		}
	}
}
