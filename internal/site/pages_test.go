package site

import (
	"testing"

	"signaal/internal/sitetest"
)

func TestPagesLinkSectionsAndPrintAddresses(t *testing.T) {
	s := buildTest(t, sitetest.FS(t, testSite))
	// sectionLink is the link beside a heading, named for it.
	sectionLink := func(id, label, name string) sitetest.Checker {
		return sitetest.In(`.section-head > a.section-link[href="#`+id+`"]`,
			sitetest.HasExactAttr("aria-label", label+": "+name), sitetest.HasExactAttr("data-label", label))
	}
	checkPage(t, s, "/nl/jongeren/",
		// a Markdown heading and its link, named in Dutch
		sitetest.In("h2#signs", sitetest.HasExactText("Signalen")),
		sitetest.In("h2#signs + a.section-link"),
		sectionLink("signs", "Link naar deze sectie", "Signalen"),
		// the live region the copy notice goes into
		sitetest.In(`p#copy-status.copy-status[role="status"]`, sitetest.HasExactAttr("data-copied", "Link gekopieerd")),
		// on paper an internal link shows its full address; an external one keeps its own
		sitetest.In(`.prose a[href="/nl/hulp/"]`, sitetest.HasExactAttr("data-print", "https://signaal.example/nl/hulp/")),
		sitetest.In(`.prose a[href="https://www.kindertelefoon.nl/"]`, sitetest.HasAttr("class", `\bexternal\b`), sitetest.LacksAttr("data-print")),
	)
	checkPage(t, s, "/en/young-people/",
		sectionLink("signs", "Link to this section", "Signs"),
		sitetest.In("#copy-status", sitetest.HasExactAttr("data-copied", "Link copied")),
	)
	// a template's own section heading gets the same link
	checkPage(t, s, "/nl/", sectionLink("help-lines", "Link naar deze sectie", "Nu met iemand praten?"))
	checkPage(t, s, "/nl/hulp/", sitetest.In("h2#need-emergency + a.section-link[href=\"#need-emergency\"]"))
}
