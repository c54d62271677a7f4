package site

import (
	"fmt"
	"testing"
	"testing/fstest"

	"signaal"
	"signaal/internal/content"
	"signaal/internal/synth"
	"signaal/templates"
)

// synthContent is a content tree of n synthetic pages per language with
// the real data files.
func synthContent(tb testing.TB, n int) fstest.MapFS {
	tb.Helper()
	fsys, err := synth.Site(signaal.Content(), n)
	if err != nil {
		tb.Fatal(err)
	}
	return fsys
}

// BenchmarkStartup measures what the server does before it answers its
// first request: load and check the content, render every page in both
// languages and compress each one twice. The target is under 300 ms for the
// real site (about 70 pages per language).
func BenchmarkStartup(b *testing.B) {
	for _, n := range []int{35, 70, 200} {
		fsys := synthContent(b, n)
		b.Run(fmt.Sprintf("pages=%dx2", n), func(b *testing.B) {
			for b.Loop() {
				cs, err := content.Load(fsys, content.Options{})
				if err != nil {
					b.Fatal(err)
				}
				site, err := Render(cs, Options{Config: templates.Config{BaseURL: "https://signaal.example"}, Static: signaal.Static(), BrotliQuality: DefaultBrotliQuality})
				if err != nil {
					b.Fatal(err)
				}
				br, html := 0, 0
				for _, p := range cs.Pages {
					br += len(site.File(p.Path).Brotli)
					html += len(site.File(p.Path).Body)
				}
				b.ReportMetric(float64(br)/float64(len(cs.Pages)), "br-B/page")
				b.ReportMetric(float64(html)/float64(len(cs.Pages)), "html-B/page")
			}
		})
	}
}
