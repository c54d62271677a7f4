package sitetest

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// A Checker looks at a node and its subtree and says what is wrong with
// them, or nil. Checkers compose: In runs some on the node a selector finds.
type Checker func(*html.Node) error

// Parse parses a page. The HTML parser accepts any input, as a browser
// does, so an error here is one of reading, not of the page.
func Parse(t testing.TB, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	return doc
}

// Check parses page and reports, with name (a path, say) in front, every
// checker that fails. Each checker runs, so one run shows all that is
// wrong with a page.
func Check(t testing.TB, name string, page []byte, checkers ...Checker) {
	t.Helper()
	doc := Parse(t, page)
	for _, c := range checkers {
		if err := c(doc); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// In runs the checkers on the first element that selector matches within
// the node (the node itself included), and fails when none does. In with
// no checkers checks only that the element is there.
func In(selector string, checkers ...Checker) Checker {
	sel := compile(selector)
	return func(n *html.Node) error {
		m := first(n, sel)
		if m == nil {
			return fmt.Errorf("no element matches %q in\n%s", selector, Outline(n))
		}
		for _, c := range checkers {
			if err := c(m); err != nil {
				return fmt.Errorf("%s: %w", selector, err)
			}
		}
		return nil
	}
}

// InAll runs the checkers on every element that selector matches, and
// fails when none does: a check of all of nothing would pass by mistake.
func InAll(selector string, checkers ...Checker) Checker {
	compile(selector) // a wrong selector panics when the test is written, not when it runs
	return func(n *html.Node) error {
		all := QueryAll(n, selector)
		if len(all) == 0 {
			return fmt.Errorf("no element matches %q in\n%s", selector, Outline(n))
		}
		for i, m := range all {
			for _, c := range checkers {
				if err := c(m); err != nil {
					return fmt.Errorf("%s #%d: %w", selector, i+1, err)
				}
			}
		}
		return nil
	}
}

// NotIn fails when any element matches selector.
func NotIn(selector string) Checker {
	sel := compile(selector)
	return func(n *html.Node) error {
		if m := first(n, sel); m != nil {
			return fmt.Errorf("%q matches, and should not:\n%s", selector, Outline(m))
		}
		return nil
	}
}

// Count fails unless exactly want elements match selector.
func Count(selector string, want int) Checker {
	compile(selector)
	return func(n *html.Node) error {
		if got := QueryAll(n, selector); len(got) != want {
			return fmt.Errorf("%d elements match %q, want %d, in\n%s", len(got), selector, want, Outline(n))
		}
		return nil
	}
}

// HasText fails unless the regular expression matches the node's text
// (see Text).
func HasText(re string) Checker {
	r := regexp.MustCompile(re)
	return func(n *html.Node) error {
		if got := Text(n); !r.MatchString(got) {
			return fmt.Errorf("text %q does not match `%s` in\n%s", clip(got, 200), re, Outline(n))
		}
		return nil
	}
}

// HasExactText fails unless the node's text (see Text) is want.
func HasExactText(want string) Checker {
	return HasText("^" + regexp.QuoteMeta(want) + "$")
}

// ContainsText fails unless the node's text (see Text) contains every
// phrase, and names each one missing: for what a page says, wherever in
// the node it stands.
func ContainsText(phrases ...string) Checker {
	return func(n *html.Node) error {
		text := Text(n)
		var missing []string
		for _, p := range phrases {
			if !strings.Contains(text, p) {
				missing = append(missing, strconv.Quote(p))
			}
		}
		if len(missing) > 0 {
			return fmt.Errorf("text lacks %s in\n%s", strings.Join(missing, ", "), Outline(n))
		}
		return nil
	}
}

// LacksText fails when the node's text (see Text) contains any phrase.
func LacksText(phrases ...string) Checker {
	return func(n *html.Node) error {
		text := Text(n)
		for _, p := range phrases {
			if i := strings.Index(text, p); i >= 0 {
				return fmt.Errorf("text has %q, and should not: …%s", p, clip(text[max(0, i-100):], 200))
			}
		}
		return nil
	}
}

// HasAttr fails unless the node has the attribute and the regular
// expression matches its value.
func HasAttr(name, re string) Checker {
	r := regexp.MustCompile(re)
	return func(n *html.Node) error {
		v, ok := Attr(n, name)
		if !ok {
			return fmt.Errorf("no attribute %s in\n%s", name, Outline(n))
		}
		if !r.MatchString(v) {
			return fmt.Errorf("%s=%q does not match `%s` in\n%s", name, v, re, Outline(n))
		}
		return nil
	}
}

// HasExactAttr fails unless the node's attribute is exactly want.
func HasExactAttr(name, want string) Checker {
	return HasAttr(name, "^"+regexp.QuoteMeta(want)+"$")
}

// LacksAttr fails when the node has the attribute.
func LacksAttr(name string) Checker {
	return func(n *html.Node) error {
		if v, ok := Attr(n, name); ok {
			return fmt.Errorf("has %s=%q, and should not, in\n%s", name, v, Outline(n))
		}
		return nil
	}
}

// Query returns the first element within n (n itself included) that
// selector matches, or nil: for a test that reads a value rather than
// checking one.
func Query(n *html.Node, selector string) *html.Node {
	if n == nil {
		return nil
	}
	return first(n, compile(selector))
}

// QueryAll returns, in document order, every element within n (n itself
// included) that selector matches.
func QueryAll(n *html.Node, selector string) []*html.Node {
	if n == nil {
		return nil
	}
	sel := compile(selector)
	var out []*html.Node
	if sel.Match(n) {
		out = append(out, n)
	}
	return append(out, cascadia.QueryAll(n, sel)...)
}

// Attr returns an attribute's value and whether the node has it.
func Attr(n *html.Node, name string) (string, bool) {
	if n == nil {
		return "", false
	}
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

// Text is the text a reader sees in n: its text nodes in order, with a
// space at each boundary of an element that is not inline (inline: a link,
// a span, emphasis and the like) and runs of white space made one, so
// "<dt>Cost</dt><dd>Free</dd>" reads "Cost Free" and
// "<strong>Lijn</strong>: open" reads "Lijn: open". Scripts and styles are
// not text a reader sees, so they are left out.
func Text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && !inline[n.Data] {
			b.WriteString(" ")
		}
	}
	if n != nil {
		walk(n)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// inline are the elements that flow within a line of text: no space is
// read at their edges.
var inline = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true, "code": true,
	"data": true, "dfn": true, "em": true, "i": true, "kbd": true, "mark": true, "q": true,
	"s": true, "samp": true, "small": true, "span": true, "strong": true, "sub": true,
	"sup": true, "time": true, "u": true, "var": true,
}

// outlineMax is how much HTML an error shows: enough to see the element
// and its first children, little enough to read in a test log.
const outlineMax = 600

// Outline renders n as HTML, cut at outlineMax bytes, for an error message
// that shows where a check looked. For a whole document it shows the main
// part (or the body), where a page's own content starts.
func Outline(n *html.Node) string {
	if n.Type == html.DocumentNode {
		if m := Query(n, "main"); m != nil {
			n = m
		} else if b := Query(n, "body"); b != nil {
			n = b
		}
	}
	return "\t" + clip(render(n), outlineMax)
}

// render writes n back as HTML. Rendering a parsed tree fails only on a
// tree no parser makes, so the error is shown in place of the HTML.
func render(n *html.Node) string {
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		return fmt.Sprintf("(cannot render: %v)", err)
	}
	return b.String()
}

// first returns the first element within n, n itself included, that sel
// matches (cascadia's own query skips n).
func first(n *html.Node, sel cascadia.Sel) *html.Node {
	if sel.Match(n) {
		return n
	}
	return cascadia.Query(n, sel)
}

// compile parses a selector written in a test; a wrong one is the test's
// own mistake, so it panics with the selector, as regexp.MustCompile does.
func compile(selector string) cascadia.Sel {
	sel, err := cascadia.Parse(selector)
	if err != nil {
		panic(fmt.Sprintf("sitetest: selector %q: %v", selector, err))
	}
	return sel
}
