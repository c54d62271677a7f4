package main

import (
	"fmt"
	"io"

	"signaal/internal/content"
)

// readabilityCheck holds each page to the reading level of its audience.
// It is filled in once the readability package lands.
func readabilityCheck(p *content.Page) []content.Problem { return nil }

// printReport prints a table of every page with its words and score.
func printReport(w io.Writer, site *content.Site) {
	for _, p := range site.Pages {
		fmt.Fprintf(w, "%s\t%s\n", p.File, p.Audience)
	}
}
