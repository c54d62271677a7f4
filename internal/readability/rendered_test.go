package readability

import (
	"strings"
	"testing"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// TestArticleText measures what a reader reads in the article: the page and
// its cards, not the breadcrumbs, the source list, the reviewed date, text
// for screen readers only, or the digits of a phone number.
func TestArticleText(t *testing.T) {
	page := `<html><body><header>Menu</header><main><article>
<nav class="crumbs"><ol><li><a href="/nl/">Signaal</a></li></ol></nav>
<h1>Hulp</h1><div class="prose"><p>Praat met iemand.</p></div>
<section class="talk"><ul class="helplines"><li class="helpline"><h3>Lijn</h3><p>Bel ons.</p>
<a class="call" href="tel:08000432">Bel <span class="number" aria-hidden="true">0800-0432</span><span class="visually-hidden">0 8 0 0, 0 4 3 2</span></a></li></ul></section>
<section class="sources"><ul><li>Rapport over mensenhandelaars, 2021</li></ul></section>
<p class="reviewed">Laatst nagekeken: 24 november 2026</p>
</article></main><footer>Voet</footer></body></html>`
	want := "Hulp\nPraat met iemand.\nLijn\nBel ons.\nBel"
	if got, err := ArticleText([]byte(page)); got != want || err != nil {
		t.Errorf("ArticleText = %q, %v; want %q", got, err, want)
	}
	if got, err := ArticleText([]byte("<p>no article</p>")); err == nil {
		t.Errorf("without an article: %q and no error", got)
	}
}

// A rendered page whose text cannot be measured is a problem at its file,
// not a page that passes with no words.
func TestCheckRenderedWithoutAnArticle(t *testing.T) {
	p := &content.Page{File: "nl/makkelijk/index.md", FrontMatter: content.FrontMatter{Audience: content.AudienceEasyRead}, Lang: lang.Dutch}
	ps := CheckRendered(p, []byte("<main><p>Geen artikel.</p></main>"))
	if len(ps) != 1 || ps[0].File != p.File || !strings.Contains(ps[0].Message, "no <article>") {
		t.Errorf("problems = %v; want one saying the page has no article", ps)
	}
}
