package search

import (
	"strings"
	"testing"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// synFixture is a small site with synonym groups: each page uses one word
// of a group, so only the group can find it from another.
func synFixture() *content.Site {
	return &content.Site{
		Pages: []*content.Page{
			page(lang.Dutch, "/nl/fotos/", "Als iemand dreigt", "Over iets.", `<p>Iemand wil je naaktfoto's delen.</p>`),
			page(lang.Dutch, "/nl/geld/", "Snel geld", "Over iets.", `<p>Word geen geldezel.</p><p>Een geldezel leent zijn rekening uit.</p>`),
			page(lang.Dutch, "/nl/begrippen/", "Begrippen", "Over iets.", `<h2 id="chantage">Chantage</h2><p>Chantage is dreigen. Chantage gebeurt online. Chantage is strafbaar.</p>`),
			page(lang.Dutch, "/nl/wat-nu/", "Wat je nu doet", "Over iets.", `<p>Betaal niet. Iemand chanteert je? Vertel het.</p>`, "chantage"),
			page(lang.Dutch, "/nl/ander/", "Iets anders", "Over iets.", `<p>Over school en vrienden.</p>`),
			page(lang.English, "/en/photos/", "When someone threatens", "Over iets.", `<p>Someone wants to share your nude photos.</p>`),
		},
		Synonyms: []content.SynonymGroup{
			{Lang: lang.Dutch, Words: []string{"nudes", "naaktfoto's", "sexting"}},
			{Lang: lang.Dutch, Words: []string{"money mule", "geldezel"}},
			{Lang: lang.English, Words: []string{"nudes", "nude photos"}},
			{Lang: lang.English, Words: []string{"loverboy", "pimp"}},
		},
	}
}

func TestSynonymsAndKeywords(t *testing.T) {
	ix := indexes(synFixture())
	tests := []struct {
		name  string
		lang  lang.Code
		query string
		want  string // all results' addresses, space separated, best first
	}{
		{"English word finds the Dutch one", lang.Dutch, "nudes", "/nl/fotos/"},
		{"any word of the group, any form", lang.Dutch, "Sexting", "/nl/fotos/"},
		{"the page's own word still works", lang.Dutch, "naaktfoto", "/nl/fotos/"},
		{"a phrase finds the group", lang.Dutch, "money mule", "/nl/geld/"},
		{"group and other words", lang.Dutch, "nudes school", "/nl/ander/ /nl/fotos/"}, // "school" is rarer than the group
		{"groups are per language", lang.English, "pimp", ""},
		{"English group", lang.English, "nudes", "/en/photos/"},
		{"keywords are searched", lang.Dutch, "chantage", "/nl/wat-nu/ /nl/begrippen/#chantage"},
		{"keywords do not replace the text", lang.Dutch, "betaal", "/nl/wat-nu/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(paths(ix[tt.lang].Search(tt.query, 10)), " ")
			if got != tt.want {
				t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
			}
		})
	}
}

// Two words of one group count once: the query looks for the group.
func TestSynonymGroupCountsOnce(t *testing.T) {
	ix := New(synFixture(), lang.Dutch)
	if r := ix.Search("nudes naaktfoto sexting", 10); r.Terms != 1 {
		t.Errorf("Terms = %d, want 1", r.Terms)
	}
}

func TestPages(t *testing.T) {
	var pages []*content.Page
	for i := range 25 {
		pages = append(pages, &content.Page{FrontMatter: content.FrontMatter{Title: "Pagina"}, Lang: lang.Dutch, Path: "/nl/p" + string(rune('a'+i)) + "/", HTML: "<p>hulp</p>"})
	}
	ix := New(&content.Site{Pages: pages}, lang.Dutch)
	tests := []struct {
		page, wantPage, wantFrom, wantHits int
	}{
		{1, 1, 0, 10}, {2, 2, 10, 10}, {3, 3, 20, 5}, {4, 3, 20, 5}, {0, 1, 0, 10}, {-5, 1, 0, 10},
	}
	seen := map[string]bool{}
	for _, tt := range tests {
		r := ix.SearchPage("hulp", tt.page, 10)
		if r.Page != tt.wantPage || r.From != tt.wantFrom || len(r.Hits) != tt.wantHits || r.Pages != 3 || r.Total != 25 {
			t.Errorf("page %d: page %d of %d, from %d, %d hits of %d; want page %d of 3, from %d, %d hits of 25", tt.page, r.Page, r.Pages, r.From, len(r.Hits), r.Total, tt.wantPage, tt.wantFrom, tt.wantHits)
		}
		if tt.page == tt.wantPage {
			for _, p := range paths(r) {
				if seen[p] {
					t.Errorf("%s on two pages", p)
				}
				seen[p] = true
			}
		}
	}
	if len(seen) != 25 {
		t.Errorf("the pages show %d of 25 results", len(seen))
	}
}

// The words readers type find a page that tells what to do (the short
// steps or the page all about sextortion, by translation key), above the
// glossary that explains them.
func TestReadersWords(t *testing.T) {
	site := realSite(t)
	keys := []string{"sextortion", "sextortion-in-depth"}
	for _, c := range lang.All {
		ix := New(site, c)
		var want []string
		for _, k := range keys {
			want = append(want, site.PageByKey(c, k).Path)
		}
		for _, q := range []string{"sextortion", "chantage", "nudes", "Nudes"} {
			r := ix.Search(q, 5)
			ok := false
			for _, w := range want {
				ok = ok || (len(r.Hits) > 0 && strings.HasPrefix(r.Hits[0].Path, w))
			}
			if !ok {
				t.Errorf("%s %q: first results %v, want one of %v first", c, q, paths(r), want)
			}
		}
	}
}
