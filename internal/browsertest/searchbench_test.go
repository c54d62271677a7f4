package browsertest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"signaal/internal/statichost"
)

// watchResults runs before the page's own scripts and notes when the
// results appear, in ms since the navigation started.
const watchResults = `new MutationObserver((_, o) => {
	if (document.querySelector(".search-out .count")) { window.__results = performance.now(); o.disconnect(); }
}).observe(document, {childList: true, subtree: true});`

// BenchmarkExportSearch opens the export's search page, served by nginx
// with deploy/nginx.conf, with a query, on a cold cache, as a cheap phone
// would: Chromium at 375x667 with the CPU
// slowed down 4x (Emulation.setCPUThrottlingRate). It reports the time to
// the first result (from the start of the navigation), when the page was
// ready (DOMContentLoaded), how long the index took to arrive (fetch start
// to last byte), and what the script then spent building its index and
// searching, in ms.
//
//	go test -run '^$' -bench ExportSearch -benchtime 5x ./internal/browsertest
func BenchmarkExportSearch(b *testing.B) {
	dir, built := exportSite(b)
	origin := statichost.Nginx(b, dir).URL
	for _, c := range []struct{ lang, path, query string }{{"nl", "/nl/zoeken/", "signalen loverboy"}, {"en", "/en/search/", "warning signs"}} {
		var index string
		for _, p := range built.Paths() {
			if strings.HasPrefix(p, "/static/search-"+c.lang+".") {
				index = p
			}
		}
		raw, _ := os.Stat(filepath.Join(dir, index))
		br, _ := os.Stat(filepath.Join(dir, index+".br"))
		b.Run(c.lang, func(b *testing.B) {
			var results, load, work, dcl float64
			for b.Loop() {
				ctx, cancel := chromedp.NewContext(browser(b), chromedp.WithNewBrowserContext())
				ctx, cancel2 := context.WithTimeout(ctx, 60*time.Second)
				_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watchResults})
				if err == nil {
					_, err = chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4})
				}
				if err == nil {
					err = chromedp.Do(ctx, phone.emulate(), chromedp.Navigate(origin+c.path+"?q="+strings.ReplaceAll(c.query, " ", "+")),
						chromedp.WaitVisible(chromedp.CSS(".search-out .count")))
				}
				var r, l, w, d float64
				if err == nil {
					r, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__results`))
				}
				if err == nil {
					l, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`(e => e.responseEnd - e.startTime)(performance.getEntriesByType("resource").find(e => e.name.endsWith("`+index+`")))`))
				}
				if err == nil {
					// What the script does once both the engine and the index are in.
					w, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`window.__results - Math.max(...performance.getEntriesByType("resource").filter(e => /search-/.test(e.name)).map(e => e.responseEnd))`))
				}
				if err == nil {
					d, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd`))
				}
				cancel2()
				cancel()
				if err != nil {
					b.Fatal(err)
				}
				results += r
				load += l
				work += w
				dcl += d
			}
			b.ReportMetric(results/float64(b.N), "ms-to-results")
			b.ReportMetric(load/float64(b.N), "ms-index-load")
			b.ReportMetric(work/float64(b.N), "ms-index-and-search")
			b.ReportMetric(dcl/float64(b.N), "ms-page-ready")
			b.ReportMetric(float64(raw.Size()), "index-bytes")
			b.ReportMetric(float64(br.Size()), "index-brotli-bytes")
			b.ReportMetric(0, "ns/op")
		})
	}
}
