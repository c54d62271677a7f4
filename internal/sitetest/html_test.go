package sitetest

import (
	"fmt"
	"strings"
	"testing"
)

const testPage = `<!doctype html><html lang="nl"><body>
<a class="exit" href="https://weather.example/" rel="noreferrer nofollow">Weg</a>
<main><h1>Titel</h1>
<dl><dt>Kosten</dt><dd>Gratis</dd></dl>
<ul><li>een</li><li>twee</li></ul>
<p hidden>Verborgen <a href="/nl/">link</a> tekst</p>
<h2><strong>Lijn</strong>: open</h2>
</main><script>alert(1)</script></body></html>`

// Each checker must pass on what it checks and fail, naming the selector
// and showing the HTML, on what it does not: a checker that cannot fail
// would let every test built on it pass.
func TestCheckers(t *testing.T) {
	doc := Parse(t, []byte(testPage))
	for _, tc := range []struct {
		name    string
		c       Checker
		wantErr string // "" when the checker must pass
	}{
		{"present", In("main h1"), ""},
		{"absent", In("main h3"), `no element matches "main h3" in`},
		{"absent shows the main part", In("nav"), "<main><h1>Titel</h1>"},
		{"text", In("h1", HasText("^Tit")), ""},
		{"wrong text", In("h1", HasText("^Kop")), "h1: text \"Titel\" does not match `^Kop`"},
		{"text reads block boundaries as spaces", In("dl", HasExactText("Kosten Gratis")), ""},
		{"text keeps a link inline", In("p", HasExactText("Verborgen link tekst")), ""},
		{"exact text is exact", In("dl", HasExactText("Kosten")), `text "Kosten Gratis" does not match`},
		{"attribute", In("a.exit", HasAttr("rel", `\bnoreferrer\b`)), ""},
		{"wrong attribute value", In("a.exit", HasExactAttr("href", "/")), `a.exit: href="https://weather.example/" does not match`},
		{"missing attribute", In("a.exit", HasAttr("target", "")), "no attribute target in\n\t<a class=\"exit\""},
		{"attribute without value", In("p", HasAttr("hidden", "")), ""},
		{"lacks attribute", In("h1", LacksAttr("hidden")), ""},
		{"has the attribute it should lack", In("p", LacksAttr("hidden")), `p: has hidden="", and should not`},
		{"phrases", In("main", ContainsText("Kosten Gratis", "link tekst")), ""},
		{"every missing phrase", In("main", ContainsText("Prijs", "Gratis", "Betaald")), `main: text lacks "Prijs", "Betaald" in`},
		{"inline elements read as one line", In("h2", HasExactText("Lijn: open")), ""},
		{"scripts are no text", In("body", LacksText("alert")), ""},
		{"lacks phrases", LacksText("Betaald", "Weg!"), ""},
		{"has a phrase it should lack", In("main", LacksText("Betaald", "Gratis")), `main: text has "Gratis", and should not: …Titel Kosten Gratis een`},
		{"not in", NotIn("nav"), ""},
		{"in, when it should not be", NotIn("li"), `"li" matches, and should not:` + "\n\t<li>een</li>"},
		{"count", Count("li", 2), ""},
		{"wrong count", Count("li", 3), `2 elements match "li", want 3`},
		{"all", InAll("li", HasText(`^\w+$`)), ""},
		{"one of all fails", InAll("li", HasText("^een$")), "li #2: text \"twee\""},
		{"all of nothing fails", InAll("nav a"), `no element matches "nav a"`},
		{"nested", In("main", In("a", HasExactAttr("href", "/nl/"))), ""},
		{"in matches the node itself", In("main", In("main", In("h1"))), ""},
	} {
		err := tc.c(doc)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.wantErr != "" && err == nil:
			t.Errorf("%s: passed, want an error with %q", tc.name, tc.wantErr)
		case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
			t.Errorf("%s: error\n%v\nwant it to contain %q", tc.name, err, tc.wantErr)
		}
	}
}

// A selector the kit cannot parse is the test's own mistake: it stops the
// test where it is written, not as a failed check.
func TestBadSelectorPanics(t *testing.T) {
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), `"a[href"`) {
			t.Errorf("recover() = %v, want a panic naming the selector", r)
		}
	}()
	In("a[href")
}

// Check reports each failing checker, not only the first.
func TestCheckReportsEveryFailure(t *testing.T) {
	rec := &recorder{TB: t}
	Check(rec, "/nl/", []byte(testPage), In("nav"), In("h1"), NotIn("main"))
	if len(rec.errs) != 2 || !strings.HasPrefix(rec.errs[0], `/nl/: no element matches "nav"`) || !strings.HasPrefix(rec.errs[1], `/nl/: "main" matches`) {
		t.Errorf("errors = %q", rec.errs)
	}
}

func TestQueryAttrText(t *testing.T) {
	doc := Parse(t, []byte(testPage))
	if v, ok := Attr(Query(doc, "a.exit"), "href"); !ok || v != "https://weather.example/" {
		t.Errorf("Attr = %q, %v", v, ok)
	}
	if _, ok := Attr(Query(doc, "nav"), "href"); ok {
		t.Error("Attr of no node has a value")
	}
	if got := len(QueryAll(doc, "main li")); got != 2 {
		t.Errorf("QueryAll found %d, want 2", got)
	}
	if got := Text(Query(doc, "ul")); got != "een twee" {
		t.Errorf("Text = %q", got)
	}
}

// recorder is a testing.TB that keeps the errors a check reports, so a
// test can see that a failing check does fail.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorder) Helper() {}
