package search

import (
	"testing"

	"signaal/internal/lang"
)

// BenchmarkSearch runs typical queries over the whole real site, with
// snippets, as the search page does.
func BenchmarkSearch(b *testing.B) {
	site := realSite(b)
	for _, q := range []struct {
		lang  lang.Code
		query string
	}{
		{lang.Dutch, "wat zijn signalen van een loverboy"},
		{lang.English, "someone is threatening to share my photo"},
	} {
		ix := New(site, q.lang)
		b.Run(string(q.lang), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if len(ix.Search(q.query, 20).Hits) == 0 {
					b.Fatal("no hits")
				}
			}
		})
	}
}

// BenchmarkIndex builds the index of one language, as every start and
// every content reload does.
func BenchmarkIndex(b *testing.B) {
	site := realSite(b)
	b.ReportAllocs()
	for b.Loop() {
		New(site, lang.Dutch)
	}
}
