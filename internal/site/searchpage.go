package site

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"

	"signaal/internal/lang"
	"signaal/internal/search"
	"signaal/templates"
)

// searchPages indexes each language for search (the server's search page
// uses Site.Search) and makes what a static host needs to search without a
// server: the index as JSON under /static/, named by its content hash like
// every static file (cached for a year, replaced by a new name when the
// content changes), and the search page at the search address with a final
// slash (/nl/zoeken/), which is where a static host lands a search form.
//
// That page is the search page without a query (the form and every page of
// the site, by section: what a reader without JavaScript gets) plus a
// script that only this page loads. The script reads ?q=, fetches the
// index of the page's language and writes the results in the server's
// markup; nothing it does sends the query anywhere.
func searchPages(s *Site, opt Options) ([]*File, error) {
	var out []*File
	s.Search = map[lang.Code]*search.Index{}
	for _, c := range lang.All {
		ix := search.New(s.Content, c)
		s.Search[c] = ix
		if s.Content.Home(c) == nil {
			continue
		}
		data := ix.ClientJSON()
		sum := sha256.Sum256(data)
		index := newFile("/static/search-"+string(c)+"."+hex.EncodeToString(sum[:5])+".json", http.StatusOK, "application/json", StaticCache, data)
		out = append(out, index)

		v := SearchView(s.Content, c, opt.Config)
		var buf bytes.Buffer
		if err := templates.Search(v, search.Results{}, index.Path).Render(lang.WithCode(context.Background(), c), &buf); err != nil {
			return nil, err
		}
		out = append(out, newFile(templates.SearchPath(c)+"/", http.StatusOK, "text/html; charset=utf-8", PageCache, buf.Bytes()))
	}
	return out, nil
}
