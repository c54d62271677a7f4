package search

import (
	"strings"
	"testing"
	"unicode/utf8"

	"signaal"
	"signaal/internal/content"
	"signaal/internal/lang"
)

// page is a loaded page as the index reads it: language, address, title,
// description, keywords and rendered HTML. The index is tested on HTML as
// given, so a change in Markdown rendering does not move these cases.
func page(c lang.Code, path, title, desc, body string, keywords ...string) *content.Page {
	return &content.Page{FrontMatter: content.FrontMatter{Title: title, Description: desc, Keywords: keywords}, Lang: c, Path: path, HTML: body}
}

// indexes indexes a site in every language, as the server does.
func indexes(site *content.Site) map[lang.Code]*Index {
	ix := map[lang.Code]*Index{}
	for _, c := range lang.All {
		ix[c] = New(site, c)
	}
	return ix
}

// realSite loads the site's own content, for the cases that hold search
// to what readers type on the real pages.
func realSite(tb testing.TB) *content.Site {
	tb.Helper()
	site, err := content.Load(signaal.Content(), content.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return site
}

// fixture is a small site whose words are chosen for the cases below:
// each word a query must find stands on one page only.
func fixture() *content.Site {
	return &content.Site{Pages: []*content.Page{
		page(lang.Dutch, "/nl/signalen/", "Waar let je op?", "Een lijst.",
			`<p>Deze signalen zie je vaak.</p>`),
		page(lang.Dutch, "/nl/officieel/", "Instanties", "Wie doet wat.",
			`<div class="section-head"><h2 id="police">Politie</h2><a class="section-link" href="#police" aria-label="Link"></a></div><p>De officiële aangifte doe je bij de politie.</p>`),
		page(lang.Dutch, "/nl/bellen/", "Bellen", "Een nummer.",
			`<p>Bel de hulplijn als je wilt praten.</p><p>Privé en gratis.</p>`),
		page(lang.Dutch, "/nl/titel/", "Chantage", "Over druk.",
			`<p>Iets heel anders.</p>`),
		page(lang.Dutch, "/nl/tekst/", "Iets anders", "Over druk.",
			`<p>Hier staat het woord chantage een keer in de tekst.</p>`),
		page(lang.English, "/en/myths/", "Myths", "What people think.",
			`<h2 id="love">It starts with love</h2><p>Offenders often use threats and debts.</p>`),
		page(lang.English, "/en/help/", "Help", "Who to call.",
			`<p>Call a helpline when you want to talk.</p>`),
	}}
}

func paths(r Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.Path)
	}
	return out
}

func TestSearchFinds(t *testing.T) {
	ix := indexes(fixture())
	tests := []struct {
		name  string
		lang  lang.Code
		query string
		first string // the address of the best result; "" for no result
	}{
		{"plural from singular (Dutch stem)", lang.Dutch, "signaal", "/nl/signalen/"},
		{"singular from plural", lang.Dutch, "Signalen", "/nl/signalen/"},
		{"without the diaeresis", lang.Dutch, "officiele aangifte", "/nl/officieel/#police"},
		{"accent in the query, none on the page", lang.Dutch, "PRIVÉ", "/nl/bellen/"},
		{"first part of a Dutch compound", lang.Dutch, "hulp", "/nl/bellen/"},
		{"English verb form finds the noun", lang.English, "threatening", "/en/myths/#love"},
		{"English short word does not find others", lang.English, "myth", "/en/myths/"},
		{"stop words alone still search", lang.Dutch, "de", "/nl/officieel/#police"},
		{"nothing", lang.Dutch, "xylofoon", ""},
		{"other language's page is not found", lang.English, "signalen", ""},
		{"empty", lang.Dutch, "   ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ix[tt.lang].Search(tt.query, 10)
			got := ""
			if len(r.Hits) > 0 {
				got = r.Hits[0].Path
			}
			if got != tt.first {
				t.Errorf("Search(%q) first = %q, want %q (all: %v)", tt.query, got, tt.first, paths(r))
			}
		})
	}
}

func TestTotalCountsBeyondTheLimit(t *testing.T) {
	r := New(fixture(), lang.Dutch).Search("de", 1)
	if len(r.Hits) != 1 || r.Total < 3 {
		t.Errorf("limit 1: %d hits, total %d; want 1 hit and the total of all matching pages", len(r.Hits), r.Total)
	}
}

func TestTitleRanksAboveText(t *testing.T) {
	r := New(fixture(), lang.Dutch).Search("chantage", 10)
	if got := paths(r); len(got) != 2 || got[0] != "/nl/titel/" || got[1] != "/nl/tekst/" {
		t.Errorf("Search(chantage) = %v, want the page titled Chantage first, then the page that mentions it", got)
	}
}

func TestMoreMatchedWordsRankFirst(t *testing.T) {
	// "bel" and "gratis" both stand on /nl/bellen/; only "bel" elsewhere? No:
	// "gratis" is only there, "politie" only on /nl/officieel/.
	r := New(fixture(), lang.Dutch).Search("gratis politie aangifte", 10)
	if got := paths(r); len(got) != 2 || got[0] != "/nl/officieel/#police" {
		t.Errorf("got %v, want the page with two of the three words first", got)
	}
}

func TestSnippetMarksMatches(t *testing.T) {
	r := New(fixture(), lang.English).Search("threat", 10)
	if len(r.Hits) != 1 {
		t.Fatalf("got %d hits, want 1", len(r.Hits))
	}
	h := r.Hits[0]
	if h.Section != "It starts with love" {
		t.Errorf("Section = %q, want the heading above the passage", h.Section)
	}
	var text strings.Builder
	var marked []string
	for _, s := range h.Snippet {
		text.WriteString(s.Text)
		if s.Mark {
			marked = append(marked, s.Text)
		}
	}
	if text.String() != "Offenders often use threats and debts." {
		t.Errorf("snippet text = %q", text.String())
	}
	if len(marked) != 1 || marked[0] != "threats" {
		t.Errorf("marked = %q, want [threats]", marked)
	}
}

func TestHeadingMatchShowsTextBelow(t *testing.T) {
	r := New(fixture(), lang.Dutch).Search("politie", 10)
	if len(r.Hits) != 1 {
		t.Fatalf("got %v, want one hit", paths(r))
	}
	h := r.Hits[0]
	var text strings.Builder
	for _, s := range h.Snippet {
		text.WriteString(s.Text)
	}
	if h.Path != "/nl/officieel/#police" || h.Section != "Politie" || text.String() != "De officiële aangifte doe je bij de politie." {
		t.Errorf("got %s, section %q, snippet %q; want the section's address, its heading and the text under it", h.Path, h.Section, text.String())
	}
}

func TestSnippetIsCut(t *testing.T) {
	long := strings.Repeat("woord ", 100) + "uitbuiting " + strings.Repeat("woord ", 100)
	site := &content.Site{Pages: []*content.Page{{Lang: lang.Dutch, Path: "/nl/x/", FrontMatter: content.FrontMatter{Title: "X"}, HTML: "<p>" + long + "</p>"}}}
	r := New(site, lang.Dutch).Search("uitbuiting", 10)
	if len(r.Hits) != 1 {
		t.Fatalf("got %d hits", len(r.Hits))
	}
	var text strings.Builder
	for _, s := range r.Hits[0].Snippet {
		text.WriteString(s.Text)
	}
	got := text.String()
	if n := len(strings.Fields(got)); n > snippetWords+2 {
		t.Errorf("snippet has %d words, want at most %d and two ellipses", n, snippetWords)
	}
	if !strings.HasPrefix(got, "… ") || !strings.HasSuffix(got, " …") || !strings.Contains(got, "uitbuiting") {
		t.Errorf("snippet = %q, want the match with an ellipsis on both sides", got)
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"spaces collapse", "  loverboy \t  signalen\n", "loverboy signalen"},
		{"control characters", "a\x00b\x1bc\x7f", "a b c"},
		{"invalid UTF-8", "hulp\xff\xfelijn", "hulp lijn"},
		{"bidi override", "abc\u202edef", "abc def"},
		{"mixed scripts kept", "помощь 援助 hulp", "помощь 援助 hulp"},
		{"long", strings.Repeat("ab ", 5000), strings.Repeat("ab ", 67)[:MaxQueryRunes]},
		{"long, cut after a space", strings.Repeat("abc ", 5000), strings.Repeat("abc ", 50)[:MaxQueryRunes-1]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%.40q…) = %.60q… (%d runes), want %.60q… (%d runes)", tt.in, got, utf8.RuneCountInString(got), tt.want, utf8.RuneCountInString(tt.want))
			}
		})
	}
}

func TestTermsAreCapped(t *testing.T) {
	ix := New(fixture(), lang.English)
	q := "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november"
	if got := ix.Search(q, 10).Terms; got != MaxTerms {
		t.Errorf("Terms = %d, want %d", got, MaxTerms)
	}
}

// The issue's own examples, on the real content.
func TestRealSite(t *testing.T) {
	site := realSite(t)
	tests := []struct {
		lang   lang.Code
		query  string
		within int
		want   string // a page that must be among the first results
	}{
		{lang.Dutch, "signaal", 3, "/nl/ouders/signalen/"},
		{lang.Dutch, "loverboy", 5, "/nl/wat-is-het/seksuele-uitbuiting/"},
		{lang.Dutch, "naaktfoto", 3, "/nl/jongeren/fotos-en-druk/"},
		{lang.English, "threatening", 5, "/en/what-is-it/myths-and-facts/"},
		{lang.English, "warning signs", 3, "/en/parents/signs/"},
	}
	for _, tt := range tests {
		r := New(site, tt.lang).Search(tt.query, tt.within)
		found := false
		for _, p := range paths(r) {
			found = found || strings.HasPrefix(p, tt.want)
		}
		if !found {
			t.Errorf("%s %q: %s not among the first %d: %v", tt.lang, tt.query, tt.want, tt.within, paths(r))
		}
	}
	// Every page can be found by its own title.
	for _, c := range lang.All {
		ix := New(site, c)
		for _, p := range site.PagesIn(c) {
			r := ix.Search(p.Title, 5)
			found := false
			for _, h := range r.Hits {
				found = found || h.Title == p.Title
			}
			if !found {
				t.Errorf("%s: searching its title %q does not find it in the first 5: %v", p.File, p.Title, paths(r))
			}
		}
	}
}

func FuzzSearch(f *testing.F) {
	for _, s := range []string{"signaal", "", "money", "nudes nudes", "a\x00b", strings.Repeat("x", 10000), "hulp\xff", "💔 loverboy", "ﬁ ǅ İ"} {
		f.Add(s)
	}
	ix := New(fixture(), lang.Dutch)
	syn := New(synFixture(), lang.Dutch) // with synonym groups and phrases
	f.Fuzz(func(t *testing.T, q string) {
		r := ix.Search(q, 3)
		if rs := syn.SearchPage(q+" money mule nudes", 2, 1); rs.Page > rs.Pages || len(rs.Hits) > 1 {
			t.Fatalf("with synonyms: page %d of %d, %d hits", rs.Page, rs.Pages, len(rs.Hits))
		}
		if !utf8.ValidString(r.Query) || utf8.RuneCountInString(r.Query) > MaxQueryRunes {
			t.Fatalf("Query %q is not clean", r.Query)
		}
		if r.Terms > MaxTerms || len(r.Hits) > 3 || r.Total < len(r.Hits) || len(r.Hits) < min(3, r.Total) {
			t.Fatalf("%d terms, %d hits", r.Terms, len(r.Hits))
		}
		for _, h := range r.Hits {
			if len(h.Snippet) == 0 && h.Section == "" {
				t.Fatalf("%s: neither a snippet nor a section", h.Path)
			}
			for _, s := range h.Snippet {
				if s.Text == "" || !utf8.ValidString(s.Text) {
					t.Fatalf("%s: bad segment %q", h.Path, s.Text)
				}
			}
		}
	})
}
