package site

import (
	"encoding/json"
	"strings"
	"testing"

	"signaal/internal/lang"
	"signaal/internal/sitetest"
	"signaal/templates"
)

// Only the static search pages load the browser's search and its index;
// every other page stays as it was. The index is a static file like the
// others: hashed name, cached for good, compressed.
func TestSearchFilesOnlyOnSearchPages(t *testing.T) {
	site := budgetSites(t)["real"]
	search := map[string]bool{}
	for _, c := range lang.All {
		search[templates.SearchPath(c)+"/"] = true
	}
	indexes := 0
	for _, p := range site.Paths() {
		f := site.File(p)
		if strings.HasPrefix(p, "/static/search-") && strings.HasSuffix(p, ".json") {
			indexes++
			var v map[string]any
			if f.Header.Get("Cache-Control") != StaticCache || f.Header.Get("Content-Type") != "application/json" || f.Brotli == nil || json.Unmarshal(f.Body, &v) != nil {
				t.Errorf("%s: %s, %s, brotli %v: want JSON cached like every static file", p, f.Header.Get("Content-Type"), f.Header.Get("Cache-Control"), f.Brotli != nil)
			}
		}
		if !strings.HasPrefix(f.Header.Get("Content-Type"), "text/html") {
			continue
		}
		body := string(f.Body)
		loads := strings.Contains(body, "/static/search") || strings.Contains(body, "data-index=")
		if loads != search[p] {
			t.Errorf("%s: loads the browser's search: %v, want %v", p, loads, search[p])
		}
		if search[p] {
			sitetest.Check(t, p, f.Body,
				sitetest.In(`[data-index^="/static/search-"]`),
				sitetest.In(`[data-engine^="/static/search-engine."]`),
				sitetest.In(`script[src^="/static/search."]`))
		}
	}
	if indexes != len(lang.All) {
		t.Errorf("%d search indexes, want one per language", indexes)
	}
}
