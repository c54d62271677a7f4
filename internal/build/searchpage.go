package build

import (
	"bytes"
	"context"
	"net/http"

	"signaal/internal/lang"
	"signaal/internal/search"
	"signaal/templates"
)

// searchPages renders each language's search page without a query (the
// form and every page of the site, by section) at the search address with a
// final slash: /nl/zoeken/. The server answers searches at /nl/zoeken
// itself; a static host has no search, and there a search lands on this
// page (hosts add the slash to a folder's address), which still leads
// everywhere, so the form is never a dead end.
func searchPages(s *Site, opt Options) ([]*File, error) {
	var out []*File
	for _, c := range lang.All {
		if s.Content.Home(c) == nil {
			continue
		}
		v := SearchView(s.Content, c, opt.Config)
		var buf bytes.Buffer
		if err := templates.Search(v, search.Results{}).Render(lang.WithCode(context.Background(), c), &buf); err != nil {
			return nil, err
		}
		out = append(out, newFile(templates.SearchPath(c)+"/", http.StatusOK, "text/html; charset=utf-8", PageCache, buf.Bytes()))
	}
	return out, nil
}
