package content

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"signaal/internal/lang"
)

// The elements and attributes Markdown may produce: text structure, links,
// images and tables. Anything else in a page would come from the Markdown's
// author, and could run code in a reader's browser.
var (
	safeElements = map[string]bool{
		"p": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
		"ul": true, "ol": true, "li": true, "blockquote": true, "pre": true, "code": true,
		"em": true, "strong": true, "del": true, "a": true, "img": true, "br": true, "hr": true, "div": true,
		"table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true,
	}
	safeAttributes = map[string]bool{
		"id": true, "class": true, "href": true, "rel": true, "src": true, "alt": true, "title": true,
		"start": true, "align": true, "aria-label": true,
		// a section link's shown name, from the message files, never from the text
		"data-label": true,
	}
)

// FuzzMarkdown renders any text as a page body and holds that no active
// HTML ever comes out: only known elements and attributes, no event
// handler, no style, and no address that runs code.
func FuzzMarkdown(f *testing.F) {
	for _, seed := range []string{
		"Hello *world*.\n\n## Signs {#signs}\n\n- a\n- [b](/nl/)\n",
		"<script>alert(1)</script>\n\nHi <b onmouseover=x()>there</b>\n",
		"[x](javascript:alert(1)) [y](JAVASCRIPT:x) [z](<java\tscript:x>) ![i](data:text/html,x)\n",
		"<javascript:alert(1)> <https://a.example/?q=<script>>\n",
		"## H {#h onclick=\"alert(1)\" style=\"x\" .c}\n",
		"| a | b |\n|:--|--:|\n| <img src=x onerror=alert(1)> | `<script>` |\n",
		"[a]: javascript:alert(1)\n\n[x][a]\n",
		"```html\n<script>alert(1)</script>\n```\n",
		"<!-- c --><style>body{}</style><iframe src=//x></iframe>\n",
		"![x](\"onerror=\"alert(1))\n\n[x](#\"onmouseover=\"alert(1))\n",
		"&lt;script&gt; &#x3C;script&#x3E; \\<script>\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > 1<<16 {
			return
		}
		r, err := render([]byte(body))
		if err != nil {
			return
		}
		z := html.NewTokenizer(strings.NewReader(r.html))
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				return
			}
			if tt == html.CommentToken {
				if c := string(z.Text()); c != " raw HTML omitted " {
					t.Fatalf("comment %q in the output of %q", c, body)
				}
				continue
			}
			if tt != html.StartTagToken && tt != html.SelfClosingTagToken && tt != html.EndTagToken {
				continue
			}
			tok := z.Token()
			if !safeElements[tok.Data] {
				t.Fatalf("element <%s> in the output of %q:\n%s", tok.Data, body, r.html)
			}
			for _, a := range tok.Attr {
				if !safeAttributes[a.Key] {
					t.Fatalf("attribute %s=%q on <%s> in the output of %q", a.Key, a.Val, tok.Data, body)
				}
				if (a.Key == "href" || a.Key == "src") && linkScheme(a.Val) != "" && !allowedSchemes[linkScheme(a.Val)] {
					t.Fatalf("%s=%q in the output of %q", a.Key, a.Val, body)
				}
			}
		}
	})
}

// render converts a Dutch page body to HTML; see renderIn.
func render(body []byte) (rendered, error) { return renderIn(body, lang.Default) }
