package search

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"signaal"
	"signaal/internal/lang"
	"signaal/internal/sitetest"
)

// comparisonQueries are the queries the browser's search must answer as
// the server does: common words, stemmed forms, accents, compounds,
// synonyms, words the site does not use, and nothing found. The browser
// suite runs the same list over an export.
func comparisonQueries(t *testing.T) map[lang.Code][]string {
	t.Helper()
	var out map[lang.Code][]string
	sitetest.ReadJSON(t, "testdata/queries.json", &out)
	return out
}

// answer is a page of results, written the same way for both searches.
func answer(r Results) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d found, page %d of %d\n", r.Total, r.Page, r.Pages)
	for _, h := range r.Hits {
		fmt.Fprintf(&b, "%s | %s | %s | ", h.Path, h.Title, h.Section)
		for _, s := range h.Snippet {
			if s.Mark {
				b.WriteString("[" + s.Text + "]")
			} else {
				b.WriteString(s.Text)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// harness runs static/search.js in node over an index and prints its
// answers in the form of answer.
const harness = `
const fs = require("fs");
const { load } = require(process.argv[2]);
const search = load(JSON.parse(fs.readFileSync(process.argv[3], "utf8")));
const out = JSON.parse(fs.readFileSync(process.argv[4], "utf8")).map(([q, p]) => {
  const r = search(q, p, 20);
  let s = r.total + " found, page " + r.page + " of " + r.pages + "\n";
  for (const h of r.hits) s += h.path + " | " + h.title + " | " + h.section + " | " + h.snippet.map(([t, m]) => m ? "[" + t + "]" : t).join("") + "\n";
  return s;
});
process.stdout.write(JSON.stringify(out));
`

// The browser's search gives the server's answers, result for result, on
// the real site: order, addresses, sections and marked snippets.
func TestClientMatchesServer(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is missing (make deps installs it): the browser's search cannot be checked")
	}
	site := realSite(t)
	dir := t.TempDir()
	script, err := fs.ReadFile(signaal.Static(), "search-engine.js")
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	js := write("search.js", script)
	h := write("harness.js", []byte(harness))
	for c, queries := range comparisonQueries(t) {
		ix := New(site, c)
		// The list must keep testing words the site does not use, where the
		// browser has no stem from Go and guesses it from the endings.
		var unknown []string
		for _, q := range queries {
			for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !isWordRune(r) }) {
				f := fold(w)
				if _, ok := ix.vocab[f]; !ok && ix.postings[f] == nil && stem(c, f) != f {
					unknown = append(unknown, w)
				}
			}
		}
		if len(unknown) < 5 {
			t.Errorf("%s: only %d query words the site does not use and Snowball changes (%v): add some to testdata/queries.json", c, len(unknown), unknown)
		}
		type q struct {
			query string
			page  int
		}
		var list []q
		for _, s := range queries {
			list = append(list, q{s, 1})
		}
		list = append(list, q{"de", 2}, q{"hulp", 2}, q{"help", 9}) // later pages, and one past the end
		var args [][]any
		for _, x := range list {
			args = append(args, []any{x.query, x.page})
		}
		qb, _ := json.Marshal(args)
		out, err := exec.Command(node, h, js, write(string(c)+".json", ix.ClientJSON()), write(string(c)+"-q.json", qb)).Output()
		if err != nil {
			t.Fatalf("node: %v", err)
		}
		var got []string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatalf("node output: %v", err)
		}
		for i, x := range list {
			want := answer(ix.SearchPage(x.query, x.page, PerPage))
			if got[i] == want {
				continue
			}
			// A word the site does not use has no stem from Go: the
			// browser's guess may weigh the pages a little differently,
			// but it must find the same pages and the same best one.
			if guessed(ix, x.query) && sameFirstAndSet(got[i], want) {
				t.Logf("%s %q (a word the site does not use): same pages, same first, order differs further down", c, x.query)
				continue
			}
			t.Errorf("%s %q page %d:\nbrowser:\n%s\nserver:\n%s", c, x.query, x.page, got[i], want)
		}
	}
}

// guessed reports whether a query has a word the site does not use, whose
// stem the browser must guess.
func guessed(ix *Index, q string) bool {
	for _, w := range strings.FieldsFunc(q, func(r rune) bool { return !isWordRune(r) }) {
		f := fold(w)
		if _, ok := ix.vocab[f]; !ok && ix.postings[f] == nil {
			return true
		}
	}
	return false
}

// sameFirstAndSet reports whether two answers have the same count line,
// the same first result and the same results in any order.
func sameFirstAndSet(a, b string) bool {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(la) != len(lb) || len(la) < 2 || la[0] != lb[0] || la[1] != lb[1] {
		return false
	}
	slices.Sort(la)
	slices.Sort(lb)
	return slices.Equal(la, lb)
}
