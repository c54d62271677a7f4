package content

import (
	"html"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"signaal/internal/lang"
)

// langKey carries the page's language into the Markdown transformers, so a
// section link is named in the language of the page it is on.
var langKey = parser.NewContextKey()

// minSectionLevel and maxSectionLevel bound the headings that get a "link
// to this section": h2–h4, the sections a teacher points a class at.
const minSectionLevel, maxSectionLevel = 2, 4

// A sectionHead holds a heading and the link to it side by side:
//
//	<div class="section-head"><h2 id="signs">Signs</h2><a class="section-link" href="#signs" aria-label="Link to this section: Signs" data-label="Link to this section"></a></div>
//
// The link sits after the heading rather than inside it, so a screen reader
// announces the heading as its text alone, and the link as a link of its own
// that a keyboard reaches. It works without JavaScript: it is a plain
// #fragment link; the site's script adds copying the full address.
type sectionHead struct {
	ast.BaseBlock
	ID    string
	Label string
	// Short is the name the stylesheet shows beside the link's icon on
	// hover and focus; Label, which the screen reader says, begins with it.
	Short string
}

// kindSectionHead is the AST kind of a sectionHead.
var kindSectionHead = ast.NewNodeKind("SectionHead")

// Kind implements ast.Node.
func (n *sectionHead) Kind() ast.NodeKind { return kindSectionHead }

// Dump implements ast.Node.
func (n *sectionHead) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"ID": n.ID}, nil)
}

// sectionLinks wraps every h2–h4 that has an ID in a sectionHead.
type sectionLinks struct{}

// Transform implements parser.ASTTransformer.
func (sectionLinks) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	c, _ := pc.Get(langKey).(lang.Code)
	if c == "" {
		c = lang.Default
	}
	var heads []*ast.Heading
	// ast.Walk fails only when the walker does, and this one never does.
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && h.Level >= minSectionLevel && h.Level <= maxSectionLevel {
			heads = append(heads, h)
		}
		return ast.WalkContinue, nil
	})
	for _, h := range heads {
		id, _ := h.AttributeString("id")
		idb, _ := id.([]byte)
		if len(idb) == 0 {
			continue
		}
		wrap := &sectionHead{
			ID:    string(idb),
			Label: lang.Translate(c, "sectionLink", map[string]any{"Heading": html.UnescapeString(plainText(h, reader.Source()))}),
			Short: lang.Translate(c, "sectionLinkShort", nil),
		}
		parent := h.Parent()
		parent.ReplaceChild(parent, h, wrap)
		wrap.AppendChild(wrap, h)
	}
}

// sectionHeadRenderer writes a sectionHead.
type sectionHeadRenderer struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (sectionHeadRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindSectionHead, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		sh := n.(*sectionHead)
		if entering {
			_, _ = w.WriteString(`<div class="section-head">`)
			return ast.WalkContinue, nil
		}
		_, _ = w.WriteString(`<a class="section-link" href="#`)
		_, _ = w.Write(util.EscapeHTML([]byte(sh.ID)))
		_, _ = w.WriteString(`" aria-label="`)
		_, _ = w.Write(util.EscapeHTML([]byte(sh.Label)))
		_, _ = w.WriteString(`" data-label="`)
		_, _ = w.Write(util.EscapeHTML([]byte(sh.Short)))
		_, _ = w.WriteString("\"></a></div>\n")
		return ast.WalkContinue, nil
	})
}
