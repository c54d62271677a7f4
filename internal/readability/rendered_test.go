package readability

import "testing"

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
	if got := ArticleText([]byte(page)); got != want {
		t.Errorf("ArticleText = %q, want %q", got, want)
	}
	if got := ArticleText([]byte("<p>no article</p>")); got != "" {
		t.Errorf("without an article: %q", got)
	}
}
