package content

// Anchors returns the IDs that the templates give page p beyond its
// Markdown headings: the main text, the help-line groups, the checklist.
// Content may link to them (/nl/hulp/#need-talk), but content cannot import
// the templates that make them, so templates declares them
// (templates.Anchors) and the caller passes them in Options.
type Anchors func(s *Site, p *Page) []string

// templateAnchor reports whether id is one of the IDs the templates give p.
// Without Options.Anchors (tests of the packages below templates) no such
// ID is known, and a fragment that names no heading is let through: only
// the caller that renders can say what the page will hold.
func (s *Site) templateAnchor(p *Page, id string) bool {
	if s.anchors == nil {
		return true
	}
	for _, a := range s.anchors(s, p) {
		if a == id {
			return true
		}
	}
	return false
}
