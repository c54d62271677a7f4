package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// blockTags end a line of text: a heading, paragraph or list item is a unit
// of its own for a reader, so readability and search treat it as one.
var blockTags = map[string]bool{
	"p": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"td": true, "th": true, "tr": true, "dt": true, "dd": true, "blockquote": true, "br": true,
	"div": true, "section": true, "article": true, "ul": true, "ol": true, "table": true, "pre": true,
}

// PlainText returns the text a reader sees in rendered HTML, one block
// (paragraph, heading, list item) per line.
func PlainText(src string) string {
	z := html.NewTokenizer(strings.NewReader(src))
	var b strings.Builder
	sep := "" // what must stand between the text so far and the next: "", " " or "\n"
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			raw := string(z.Text()) // Text may be read only once per token
			words := strings.Fields(raw)
			if len(words) == 0 {
				if raw != "" && sep == "" {
					sep = " "
				}
				continue
			}
			if r, _ := utf8.DecodeRuneInString(raw); unicode.IsSpace(r) && sep == "" {
				sep = " "
			}
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(strings.Join(words, " "))
			sep = ""
			if r, _ := utf8.DecodeLastRuneInString(raw); unicode.IsSpace(r) {
				sep = " "
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); blockTags[string(name)] {
				sep = "\n"
			}
		}
	}
}

// IsBlockTag reports whether an HTML element ends a line of text, so that
// search cuts a page's text into blocks the same way readability does.
func IsBlockTag(tag string) bool { return blockTags[tag] }
