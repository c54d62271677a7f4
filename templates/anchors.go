package templates

import "signaal/internal/content"

// IDs the templates give sections of a page, beyond its Markdown's own
// headings. Content links to them (/nl/hulp/#need-talk), so Anchors declares
// them for content.Load to check links against; the templates use these
// names, and TestAnchorsAreRendered holds the two together.
const (
	contentID    = "content"    // the main text, the skip link's target
	helpLinesID  = "help-lines" // who to talk to, on a page that names help lines
	sourcesID    = "sources"    // a page's sources
	checklistID  = "checklist"  // the warning-signs checklist
	printablesID = "printables" // the posters and handouts to print
	publisherID  = "publisher"  // who publishes the site, on the About page
	// every source, and when each page was reviewed, on the sources page
	allSourcesID    = "all-sources"
	reviewedPagesID = "reviewed-pages"
)

// needID is the ID of the help lines for one need ("need-talk").
func needID(need string) string { return "need-" + need }

// Anchors lists the IDs the templates give page p beyond its headings; it is
// the content.Anchors that cmd and server pass to content.Load.
func Anchors(s *content.Site, p *content.Page) []string {
	ids := []string{contentID}
	if len(p.Helplines) > 0 || p.Layout == content.LayoutHome {
		ids = append(ids, helpLinesID)
	}
	if len(p.Sources) > 0 {
		ids = append(ids, sourcesID)
	}
	switch p.Layout {
	case content.LayoutHelplines:
		for _, need := range content.Needs() {
			if len(linesFor(s, need)) > 0 {
				ids = append(ids, needID(need))
			}
		}
	case content.LayoutSigns:
		ids = append(ids, checklistID)
		for _, g := range s.Signs {
			ids = append(ids, g.ID)
		}
	case content.LayoutAbout:
		ids = append(ids, publisherID)
	case content.LayoutSources:
		ids = append(ids, allSourcesID, reviewedPagesID)
	case content.LayoutTeachers:
		if len(s.PosterSections(p.Lang)) > 0 {
			ids = append(ids, printablesID)
		}
	}
	return ids
}
