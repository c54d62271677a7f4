package content

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"signaal/internal/lang"
)

// markdown is the one goldmark configuration of the site: tables, smart
// punctuation, heading IDs (explicit {#id} or made from the heading text with
// its Dutch letters kept), and external links marked. Raw HTML stays off:
// the site's HTML comes from templates only.
var markdown = goldmark.New(
	goldmark.WithExtensions(
		// Column alignment as align="…", not style="…": the Content-Security-
		// Policy allows no inline style, and no page needs one.
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute)),
		extension.Typographer, extension.Strikethrough),
	goldmark.WithParserOptions(
		parser.WithAutoHeadingID(),
		parser.WithAttribute(),
		parser.WithASTTransformers(util.Prioritized(externalLinks{}, 100), util.Prioritized(sectionLinks{}, 200)),
	),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(sectionHeadRenderer{}, 100))),
)

// headingIDs makes heading IDs that keep letters such as "ë" and "é"
// (goldmark's default drops them: "Ideeën" would become "ideen"), and keeps
// them unique within a page.
type headingIDs struct {
	seen map[string]bool
	// generated are the IDs made from heading text; every other heading ID
	// was written by the editor as {#id}.
	generated map[string]bool
}

func newHeadingIDs() *headingIDs {
	return &headingIDs{seen: map[string]bool{}, generated: map[string]bool{}}
}

// Generate implements parser.IDs.
func (ids *headingIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	id := Slugify(string(value))
	if id == "" {
		id = "section"
	}
	base, n := id, 1
	for ids.seen[id] {
		id = base + "-" + strconv.Itoa(n)
		n++
	}
	ids.seen[id] = true
	ids.generated[id] = true
	return []byte(id)
}

// Put implements parser.IDs: it records an explicit {#id}.
func (ids *headingIDs) Put(value []byte) { ids.seen[string(value)] = true }

// Slugify turns heading text into an ID: lower case, letters (accented ones
// included) and digits kept, runs of anything else turned into one hyphen.
func Slugify(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		default:
			hyphen = true
		}
	}
	return b.String()
}

// externalLinks marks links that leave the site, so the reader can see that
// a link takes them elsewhere, and so the other site learns nothing of where
// they came from.
type externalLinks struct{}

// Transform implements parser.ASTTransformer.
func (externalLinks) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	// ast.Walk fails only when the walker does, and this one never does.
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if link, ok := n.(*ast.Link); ok && entering && IsExternal(string(link.Destination)) {
			link.SetAttributeString("class", []byte("external"))
			link.SetAttributeString("rel", []byte("external noopener noreferrer"))
		}
		return ast.WalkContinue, nil
	})
}

// IsExternal reports whether a link destination leaves the site.
func IsExternal(dest string) bool {
	return strings.HasPrefix(dest, "http://") || strings.HasPrefix(dest, "https://") || strings.HasPrefix(dest, "//")
}

// rendered is what Markdown rendering gives a page.
type rendered struct {
	html     string
	headings []Heading
	links    []link
	// unsafe are the things in the body the site refuses: raw HTML (which
	// goldmark drops, leaving its text visible) and heading attributes
	// other than the ID.
	unsafe []lineError
}

// A Heading is a section of a page a teacher can link to.
type Heading struct {
	Level int
	ID    string
	Text  string
	// Explicit is true when the editor wrote the ID ({#signs}): only those
	// are promised to be the same in the page's translation.
	Explicit bool
	// Line is the line of the heading in the page's file (in the Markdown
	// body until loadPage shifts it).
	Line int
}

// link is a link in a page's body, kept for checking.
type link struct {
	dest string
	line int // line in the Markdown body (1-based)
}

// renderIn converts a page body in language c to HTML and reports its
// headings and links. The language names the section links.
func renderIn(body []byte, c lang.Code) (rendered, error) {
	ids := newHeadingIDs()
	pctx := parser.NewContext(parser.WithIDs(ids))
	pctx.Set(langKey, c)
	doc := markdown.Parser().Parse(text.NewReader(body), parser.WithContext(pctx))
	var out rendered
	var badAutoLinks []*ast.AutoLink
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.RawHTML, *ast.HTMLBlock:
			out.unsafe = append(out.unsafe, lineError{line: lineOf(n, body),
				msg: fmt.Sprintf("HTML is not allowed in a page (%.40q): write it in Markdown; the page's HTML comes from the site's templates only", rawText(n, body))})
			return ast.WalkSkipChildren, nil
		case *ast.Heading:
			for _, a := range n.Attributes() {
				if string(a.Name) != "id" {
					out.unsafe = append(out.unsafe, lineError{line: lineOf(n, body),
						msg: fmt.Sprintf("heading attribute %q is not allowed: a heading may only get an ID, as in {#signs}", a.Name)})
				}
			}
			id, _ := n.AttributeString("id")
			if len(out.unsafe) > 0 {
				// Whatever the check says, only the ID is ever rendered.
				n.RemoveAttributes()
				if id != nil {
					n.SetAttributeString("id", id)
				}
			}
			idb, _ := id.([]byte)
			out.headings = append(out.headings, Heading{
				Level: n.Level, ID: string(idb), Text: plainText(n, body),
				Explicit: len(idb) > 0 && !ids.generated[string(idb)],
				Line:     lineOf(n, body),
			})
		case *ast.Link:
			out.links = append(out.links, link{dest: string(n.Destination), line: lineOf(n, body)})
			n.Destination = safeDestination(n.Destination)
		case *ast.Image:
			out.links = append(out.links, link{dest: string(n.Destination), line: lineOf(n, body)})
			n.Destination = safeDestination(n.Destination)
		case *ast.AutoLink:
			out.links = append(out.links, link{dest: string(n.URL(body)), line: lineOf(n, body)})
			if n.AutoLinkType == ast.AutoLinkURL && safeDestination(n.URL(body)) == nil {
				badAutoLinks = append(badAutoLinks, n)
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		return out, err
	}
	for _, n := range badAutoLinks {
		n.Parent().ReplaceChild(n.Parent(), n, ast.NewString(n.Label(body)))
	}
	var buf bytes.Buffer
	if err := markdown.Renderer().Render(&buf, body, doc); err != nil {
		return out, err
	}
	out.html = buf.String()
	return out, nil
}

// rawText returns the source of a raw HTML node, for a message.
func rawText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	switch n := n.(type) {
	case *ast.RawHTML:
		for i := 0; i < n.Segments.Len(); i++ {
			seg := n.Segments.At(i)
			b.Write(seg.Value(src))
		}
	case *ast.HTMLBlock:
		for i := 0; i < n.Lines().Len(); i++ {
			seg := n.Lines().At(i)
			b.Write(seg.Value(src))
		}
	}
	return strings.TrimSpace(b.String())
}

// allowedSchemes are the kinds of address a link may have besides a path
// on the site. javascript: would run code, data: can carry a page of its
// own; neither has a place in a page.
var allowedSchemes = map[string]bool{"http": true, "https": true, "mailto": true, "tel": true}

// safeDestination returns dest, or nothing when its scheme is not one of
// allowedSchemes: the check refuses such a page, and even unchecked the
// site never renders the address.
func safeDestination(dest []byte) []byte {
	if scheme := linkScheme(string(dest)); scheme != "" && !allowedSchemes[scheme] {
		return nil
	}
	return dest
}

// linkScheme returns the scheme of a link destination in lower case, or ""
// when it has none. Like a browser, it ignores tabs, line breaks and
// leading spaces and control characters ("java\tscript:" is javascript:).
func linkScheme(dest string) string {
	var b strings.Builder
	for _, r := range dest {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			continue
		case b.Len() == 0 && r <= ' ':
			continue
		case r == ':':
			return strings.ToLower(b.String())
		case r < 0x80 && (unicode.IsLetter(r) || (b.Len() > 0 && (unicode.IsDigit(r) || r == '+' || r == '-' || r == '.'))):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	return ""
}

// plainText returns the text inside an inline container.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	// ast.Walk fails only when the walker does, and this one never does.
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}

// lineOf finds the source line of an inline node through its first text
// segment, or through the block that holds it.
func lineOf(n ast.Node, src []byte) int {
	offset := -1
	if raw, ok := n.(*ast.RawHTML); ok && raw.Segments.Len() > 0 {
		offset = raw.Segments.At(0).Start
	}
	// ast.Walk fails only when the walker does, and this one never does.
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if offset >= 0 {
			return ast.WalkStop, nil
		}
		if t, ok := c.(*ast.Text); ok && entering {
			offset = t.Segment.Start
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	for p := n; offset < 0 && p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			offset = p.Lines().At(0).Start
		}
	}
	if offset < 0 {
		return 0
	}
	return bytes.Count(src[:offset], []byte("\n")) + 1
}
