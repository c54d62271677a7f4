package browsertest

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"golang.org/x/net/html"

	"signaal/internal/lang"
	"signaal/internal/sitetest"
	"signaal/internal/statichost"
	"signaal/templates"
)

// searchQueries is the list the node test in internal/search holds the
// browser's search to as well.
func searchQueries(t testing.TB) map[lang.Code][]string {
	t.Helper()
	var out map[lang.Code][]string
	sitetest.ReadJSON(t, "../search/testdata/queries.json", &out)
	return out
}

// resultLines writes results as "address | title | section | snippet with
// [marks]", one a line: from the server's HTML here, from the browser's DOM
// by readResults, so the two can be compared.
func resultLines(doc *html.Node) []string {
	var out []string
	var text func(*html.Node, bool) string
	text = func(n *html.Node, marks bool) string {
		if n.Type == html.TextNode {
			return n.Data
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c, marks))
		}
		if marks && n.Type == html.ElementNode && n.Data == "mark" {
			return "[" + b.String() + "]"
		}
		return b.String()
	}
	for _, li := range sitetest.QueryAll(doc, "ol.results li") {
		var href, title, section, snippet string
		if a := sitetest.Query(li, "a"); a != nil {
			href, _ = sitetest.Attr(a, "href")
			title = text(a, false)
		}
		if p := sitetest.Query(li, "p.result-section"); p != nil {
			section = text(p, false)
		}
		if p := sitetest.Query(li, "p.snippet"); p != nil {
			snippet = text(p, true)
		}
		out = append(out, href+" | "+title+" | "+section+" | "+snippet)
	}
	return out
}

// serverResults asks the Go server's search page.
func serverResults(t *testing.T, origin string, c lang.Code, q string) []string {
	t.Helper()
	resp, err := http.Get(origin + templates.SearchPath(c) + "?q=" + url.QueryEscape(q))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	doc, err := html.Parse(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resultLines(doc)
}

// readResults searches in the export's page through its own form and
// returns the results in the form of resultLines.
const readResults = `(q => {
	const i = document.getElementById("search-q");
	i.value = q;
	i.form.requestSubmit();
	const text = (n, marks) => [...n.childNodes].map(c => c.nodeType == 3 ? c.data : c.localName == "mark" && marks ? "[" + text(c) + "]" : text(c, marks)).join("");
	return [...document.querySelectorAll(".search-out ol.results > li")].map(li => {
		const a = li.querySelector("h2 a"), s = li.querySelector(".result-section"), p = li.querySelector(".snippet");
		return a.getAttribute("href") + " | " + a.textContent + " | " + (s ? s.textContent : "") + " | " + (p ? text(p, true) : "");
	});
})(%s)`

// TestExportSearch serves an export with nginx and with Caddy (deploy/) and
// searches it in Chromium for every query of the list, in both languages:
// the results (order, address, section, marked snippet) are the Go
// server's. It types each query into the page's form, and no request
// carries it.
func TestExportSearch(t *testing.T) {
	s := liveSite(t)
	dir, _ := exportSite(t)
	for _, host := range staticHosts {
		t.Run(host.name, func(t *testing.T) { searchExport(t, s, host.serve(t, dir)) })
	}
}

// staticHosts are the servers an export is searched on: nginx and Caddy
// with the files in deploy/, as a publisher runs them.
var staticHosts = []struct {
	name  string
	serve func(testing.TB, string) string
}{
	{"nginx", func(t testing.TB, dir string) string { return statichost.Nginx(t, dir).URL }},
	{"caddy", func(t testing.TB, dir string) string { return statichost.Caddy(t, dir).URL }},
}

func searchExport(t *testing.T, s *testSite, origin string) {
	tb := newTab(t)
	defer tb.cancel()
	for c, queries := range searchQueries(t) {
		ctx, cancel := context.WithTimeout(tb.ctx, 120*time.Second)
		// The first query arrives in the address, as from another page's form.
		first := queries[0]
		err := chromedp.Do(ctx, phone.emulate(),
			chromedp.Navigate(origin+templates.SearchPath(c)+"/?q="+url.QueryEscape(first)),
			chromedp.WaitVisible(chromedp.CSS(".search-out .count")))
		if err != nil {
			cancel()
			t.Fatalf("%s: %v", c, err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf(readResults, jsString(first))))
		if err == nil {
			if want := serverResults(t, s.URL, c, first); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s %q from the address:\nexport:\n%s\nserver:\n%s", c, first, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
		tb.take()
		for _, q := range queries {
			if err != nil {
				break
			}
			got, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](fmt.Sprintf(readResults, jsString(q))))
			if err != nil {
				break
			}
			// The first result, whole (address, title, section, marked
			// snippet), is the server's; the rest in the same order too,
			// except where a word the site does not use makes the browser
			// guess its stem (internal/search's TestClientMatchesServer
			// holds those to the same pages).
			want := serverResults(t, s.URL, c, q)
			if first1(got) != first1(want) {
				t.Errorf("%s %q: first result in the export %q, on the server %q", c, q, first1(got), first1(want))
			} else if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Logf("%s %q: the first result agrees; further down the export and the server differ:\nexport:\n%s\nserver:\n%s", c, q, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		requests, errs := tb.take()
		for _, e := range errs {
			t.Errorf("%s: %s", c, e)
		}
		if r := carrying(requests); len(r) > 0 {
			t.Errorf("%s: searching from the page's form made requests with a query (it must stay in the browser): %v", c, r)
		}
	}
}

// carrying returns the requests that have a query string. (Chromium asks
// for the favicon again when the page changes its address; that request
// carries nothing.)
func carrying(requests []string) []string {
	var out []string
	for _, r := range requests {
		if strings.Contains(r, "?") {
			out = append(out, r)
		}
	}
	return out
}

func first1(s []string) string {
	if len(s) == 0 {
		return "(nothing found)"
	}
	return s[0]
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestExportSearchPages pages through results in the export without a
// request, and without JavaScript the page lists every page of the site.
func TestExportSearchPages(t *testing.T) {
	dir, _ := exportSite(t)
	origin := statichost.Caddy(t, dir).URL
	tb := newTab(t)
	defer tb.cancel()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	var start, addr string
	err := chromedp.Do(ctx, phone.emulate(),
		chromedp.Navigate(origin+"/nl/zoeken/?q=de"),
		chromedp.WaitVisible(chromedp.CSS(".search-pages a[rel=next]")))
	if err != nil {
		t.Fatal(err)
	}
	tb.take()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".search-pages a[rel=next]")), chromedp.WaitVisible(chromedp.CSS(".search-pages a[rel=prev]"))); err != nil {
		t.Fatal(err)
	}
	if start, err = chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector(".search-out ol.results").getAttribute("start") || ""`)); err != nil {
		t.Fatal(err)
	}
	if addr, err = chromedp.Run(ctx, chromedp.Evaluate[string](`location.search`)); err != nil {
		t.Fatal(err)
	}
	if start != "21" || addr != "?p=2&q=de" {
		t.Errorf("after Next: list starts at %q, address %q; want 21 and ?p=2&q=de", start, addr)
	}
	focus, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.activeElement == document.querySelector(".search-out .results a")`))
	if err != nil || !focus {
		t.Errorf("after Next the focus is not on the first new result (%v)", err)
	}
	if requests, _ := tb.take(); len(carrying(requests)) > 0 {
		t.Errorf("Next made requests with a query: %v", carrying(requests))
	}

	// Without JavaScript: the list of all pages, as the server's empty search page.
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+"/en/search/?q=signs")); err != nil {
		t.Fatal(err)
	}
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll(".search-out .all-pages li a").length`))
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Errorf("without JavaScript the search page lists %d pages, want every page of the site", n)
	}
}
