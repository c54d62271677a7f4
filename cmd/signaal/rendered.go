package main

import (
	"fmt"

	"signaal/internal/content"
	"signaal/internal/readability"
	"signaal/internal/site"
	"signaal/templates"
)

// renderedProblems renders the pages whose readability is held as rendered
// (easy read: the page with its help-line cards) and measures what a reader
// sees. Loading content cannot do this: the cards come from the templates,
// which come after content in the import order.
func renderedProblems(built *content.Site) (content.Problems, error) {
	var out content.Problems
	for _, p := range built.Pages {
		if !readability.RenderedAudiences[p.Audience] {
			continue
		}
		page, err := site.PageHTML(built, p, templates.Config{})
		if err != nil {
			return nil, fmt.Errorf("%s: rendering: %w", p.File, err)
		}
		out = append(out, readability.CheckRendered(p, page)...)
	}
	return out, nil
}
