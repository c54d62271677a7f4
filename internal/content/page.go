package content

import (
	"bytes"
	"errors"
	"path"
	"strings"
	"time"

	"signaal/internal/lang"
)

// Audiences a page can be written for. Each has its own readability level.
const (
	AudienceYouth         = "youth"
	AudienceParents       = "parents"
	AudienceProfessionals = "professionals"
	AudienceGroups        = "groups"
	AudienceEasyRead      = "easyread"
	AudienceGeneral       = "general"
)

var audiences = map[string]bool{
	AudienceYouth: true, AudienceParents: true, AudienceProfessionals: true,
	AudienceGroups: true, AudienceEasyRead: true, AudienceGeneral: true,
}

// FrontMatter is what an editor writes between the --- lines at the top of a
// page. See content/README.md for what each field is for.
type FrontMatter struct {
	Title string `yaml:"title"`
	// LinkTitle is the short name in the menu and breadcrumbs ("Ouders"
	// for "Voor ouders: signalen en hulp"), as in Hugo; the title when empty.
	LinkTitle      string    `yaml:"linkTitle"`
	Description    string    `yaml:"description"`
	TranslationKey string    `yaml:"translationKey"`
	Audience       string    `yaml:"audience"`
	Weight         int       `yaml:"weight"`
	Reviewed       time.Time `yaml:"reviewed"`
	Layout         Layout    `yaml:"layout"`
	Helplines      []string  `yaml:"helplines"`
	Sources        []string  `yaml:"sources"`
	// Keywords are words readers type that the page does not use itself
	// ("nudes" for a page that says "naaktfoto's"); search weighs them
	// like the description.
	Keywords []string `yaml:"keywords"`
	// ListedIn names other sections (by their translationKey, such as
	// "young-people") whose list shows this page too: a boy starts at
	// "Voor jongeren", not at "Groepen".
	ListedIn []string `yaml:"listedIn"`
}

// A Page is one Markdown file, loaded, rendered and linked to the pages
// around it.
type Page struct {
	FrontMatter

	Lang lang.Code
	File string // path in the content tree: "nl/jongeren/index.md"
	Path string // address on the site: "/nl/jongeren/"

	HTML     string    // the rendered body
	Headings []Heading // the body's sections, in order

	// Translation is the same page in the other language.
	Translation *Page
	// Parent is the section page of the folder that holds this page
	// (for a section page, the section above it); nil for a home page.
	Parent *Page
	// Children are, for a section page, the pages and subsections in its
	// folder, by weight and then title.
	Children []*Page
	// Listed are, for a section page, the pages of other sections that name
	// it in their listedIn, by weight and then title: the section's list
	// shows them after its own.
	Listed []*Page

	bodyLine int // line of the file where the Markdown body starts
	links    []link
	fmLines  map[string]int // front matter key → line, for messages
}

// IsSection reports whether the page is a folder's index page.
func (p *Page) IsSection() bool { return path.Base(p.File) == "index.md" }

// IsHome reports whether the page is a language's home page.
func (p *Page) IsHome() bool { return p.Path == "/"+string(p.Lang)+"/" }

// Breadcrumbs returns the section pages above p, from the home page down.
func (p *Page) Breadcrumbs() []*Page {
	var out []*Page
	for q := p.Parent; q != nil; q = q.Parent {
		out = append([]*Page{q}, out...)
	}
	return out
}

// HasAnchor reports whether id is a section of the page's Markdown.
func (p *Page) HasAnchor(id string) bool {
	for _, h := range p.Headings {
		if h.ID == id {
			return true
		}
	}
	return false
}

// pathFor returns the address of a content file: "nl/a/b.md" → "/nl/a/b/",
// "nl/a/index.md" → "/nl/a/".
func pathFor(file string) string {
	p := strings.TrimSuffix(file, ".md")
	p = strings.TrimSuffix(p, "index")
	p = strings.TrimSuffix(p, "/")
	return "/" + p + "/"
}

// splitFrontMatter separates the YAML front matter from the Markdown body.
// It returns the YAML, the body, and the 1-based line where the body starts.
func splitFrontMatter(src []byte) (fm, body []byte, bodyLine int, err error) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return nil, nil, 0, errors.New("the file must start with front matter between two --- lines")
	}
	rest := src[4:]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		if bytes.HasSuffix(rest, []byte("\n---")) {
			end = len(rest) - 4
		} else {
			return nil, nil, 0, errors.New("the front matter has no closing --- line")
		}
	}
	fm = rest[:end+1]
	consumed := min(4+end+5, len(src)) // "---\n", the YAML, "\n---\n"
	body = src[consumed:]
	bodyLine = bytes.Count(src[:consumed], []byte("\n")) + 1
	return fm, body, bodyLine, nil
}

// parseFrontMatter decodes front matter strictly (an unknown field is a typo)
// and reports the line of each key. Problems are at lines of the file: the
// front matter starts on line 2.
func parseFrontMatter(fm []byte) (FrontMatter, map[string]int, []lineError) {
	var meta FrontMatter
	doc, errs := decodeYAML(fm, &meta, 1)
	if len(errs) == 1 && errors.Is(errs[0], errEmptyYAML) {
		errs = nil // the missing fields are reported one by one
	}
	lines := map[string]int{}
	if doc != nil && len(doc.Content) == 1 {
		for k, n := range keyLines(doc.Content[0]) {
			lines[k] = n + 1 // the front matter starts on line 2
		}
	}
	return meta, lines, errs
}

// ShortTitle is the page's name where space is short: the menu and the
// breadcrumbs. It is the front matter linkTitle, or the title.
func (p *Page) ShortTitle() string {
	if p.LinkTitle != "" {
		return p.LinkTitle
	}
	return p.Title
}
