package templates

import (
	"context"
	"net/url"
	"strconv"

	"signaal/internal/lang"
)

// searchPageURL is the address of one page of results. Only the search
// page links to it, and Referrer-Policy is no-referrer, so the query in it
// goes nowhere else.
func searchPageURL(path, query string, page int) string {
	return path + "?" + url.Values{"q": {query}, "p": {strconv.Itoa(page)}}.Encode()
}

// pageOf says which page of results the reader is on: "Pagina 2 van 3".
func pageOf(ctx context.Context, page, pages int) string {
	return lang.Tf(ctx, "searchPageOf", map[string]any{"Page": page, "Pages": pages})
}

// pageOfPattern is pageOf with {p} and {n} in place of the numbers, for the
// script that searches in the browser.
func pageOfPattern(ctx context.Context) string {
	return lang.Tf(ctx, "searchPageOf", map[string]any{"Page": "{p}", "Pages": "{n}"})
}
