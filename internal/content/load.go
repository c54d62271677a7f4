package content

import (
	"errors"
	"io/fs"
	"net/url"
	"path"
	"runtime"
	"slices"
	"sort"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"signaal/internal/lang"
)

// A Site is all the content of Signaal: the pages in both languages and the
// data they share. It is built once by Load and then only read.
type Site struct {
	Pages     []*Page // every page, both languages, sorted by address
	Helplines []*Helpline
	Sources   []*Source
	Signs     []*SignGroup
	// Posters are the printable posters and handouts, one per section.
	Posters []*Poster
	// Settings say who publishes the site (site.yaml).
	Settings Settings
	// Synonyms are the groups of words search treats as one (synonyms.yaml).
	Synonyms []SynonymGroup
	// Menus are the links of the menu and the footer (menu.yaml).
	Menus Menus

	// Warnings are problems that do not stop the site, such as a help line
	// that has not been checked for six months.
	Warnings Problems

	byPath     map[string]*Page
	byKey      map[lang.Code]map[string]*Page // translationKey → page, per language
	byHelpline map[string]*Helpline
	bySource   map[string]*Source
	anchors    Anchors // from Options, for checking links while loading
}

// Page returns the page at an address ("/nl/jongeren/"), or nil.
func (s *Site) Page(p string) *Page { return s.byPath[p] }

// PageByKey returns the page of a language with a translation key, or nil.
// Every page's footer asks for a few, so it is a map look-up: a scan would
// make rendering grow with the square of the number of pages.
func (s *Site) PageByKey(c lang.Code, key string) *Page { return s.byKey[c][key] }

// Home returns the home page of a language.
func (s *Site) Home(c lang.Code) *Page { return s.byPath["/"+string(c)+"/"] }

// Helpline returns the help line with the given key, or nil.
func (s *Site) Helpline(key string) *Helpline { return s.byHelpline[key] }

// Source returns the source with the given key, or nil.
func (s *Site) Source(key string) *Source { return s.bySource[key] }

// PagesIn returns the pages of one language, in address order.
func (s *Site) PagesIn(c lang.Code) []*Page {
	var out []*Page
	for _, p := range s.Pages {
		if p.Lang == c {
			out = append(out, p)
		}
	}
	return out
}

// Options change how content is checked.
type Options struct {
	// Now is the date help-line checks are measured against; zero means today.
	Now time.Time
	// Check, when set, runs extra checks on every loaded page (readability,
	// for one); what it returns is added to the problems.
	Check func(*Page) []Problem
	// Anchors, when set, lists the IDs the templates give a page, against
	// which a link's #fragment is checked (see Anchors).
	Anchors Anchors
}

// Load reads and checks the content tree in fsys. When anything is wrong it
// returns a Problems error listing all of it; warnings alone do not fail.
func Load(fsys fs.FS, opt Options) (*Site, error) {
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	var ps problems
	s := &Site{
		byPath:     map[string]*Page{},
		byHelpline: map[string]*Helpline{},
		bySource:   map[string]*Source{},
		anchors:    opt.Anchors,
	}
	s.Helplines = loadHelplines(fsys, opt.Now, &ps)
	s.Sources = loadSources(fsys, &ps)
	s.Signs = loadSigns(fsys, &ps)
	s.Posters = loadPosters(fsys, &ps)
	s.Settings = loadSettings(fsys, &ps)
	s.Synonyms = loadSynonyms(fsys, &ps)
	s.Menus = loadMenus(fsys, &ps)
	for _, h := range s.Helplines {
		s.byHelpline[h.Key] = h
	}
	for _, src := range s.Sources {
		s.bySource[src.Key] = src
	}

	type pageFile struct {
		name string
		lang lang.Code
	}
	var files []pageFile
	for _, c := range lang.All {
		if msg := linkProblem(fsys, string(c)); msg != "" {
			ps.add(string(c), 0, "%s", msg)
			continue
		}
		err := fs.WalkDir(fsys, string(c), func(file string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.Type()&fs.ModeSymlink != 0 {
				if msg := linkProblem(fsys, file); msg != "" {
					ps.add(file, 0, "%s", msg)
					return nil
				}
			}
			if d.IsDir() || path.Ext(file) != ".md" {
				return nil
			}
			files = append(files, pageFile{file, c})
			return nil
		})
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				ps.add(string(c), 0, "the %s content folder is missing", c)
				continue
			}
			ps.add(string(c), 0, "cannot read: %v", err)
		}
	}
	// Parsing and rendering Markdown is most of loading: every core does
	// its share. Results keep the walk's order, so problems come out the
	// same on every run.
	loaded := make([]*Page, len(files))
	found := make([]problems, len(files))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i := range files {
		g.Go(func() error {
			loaded[i] = loadPage(fsys, files[i].name, files[i].lang, &found[i])
			return nil // a page's problems are in found[i]
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for i, p := range loaded {
		ps.list = append(ps.list, found[i].list...)
		if p != nil {
			s.Pages = append(s.Pages, p)
		}
	}
	sort.Slice(s.Pages, func(i, j int) bool { return s.Pages[i].Path < s.Pages[j].Path })
	s.byKey = map[lang.Code]map[string]*Page{}
	for _, p := range s.Pages {
		s.byPath[p.Path] = p
		if s.byKey[p.Lang] == nil {
			s.byKey[p.Lang] = map[string]*Page{}
		}
		if _, dup := s.byKey[p.Lang][p.TranslationKey]; !dup && p.TranslationKey != "" {
			s.byKey[p.Lang][p.TranslationKey] = p // the first in address order, as a scan finds
		}
	}
	for _, c := range lang.All {
		if s.Home(c) == nil && len(s.Pages) > 0 {
			ps.add(string(c)+"/index.md", 0, "the %s home page is missing", c)
		}
	}

	s.checkSignSources(&ps)
	s.pair(&ps)
	s.checkSectionIDs(&ps)
	s.linkSections()
	s.linkListedIn(&ps)
	s.checkPosters(&ps)
	s.checkMenus(&ps)
	for _, p := range s.Pages {
		s.checkPage(p, &ps)
		if opt.Check != nil {
			ps.list = append(ps.list, opt.Check(p)...)
		}
	}

	all := ps.list.sorted()
	s.Warnings = all.Warnings()
	if errs := all.Errors(); len(errs) > 0 {
		return s, append(errs, s.Warnings...)
	}
	return s, nil
}

// loadPage reads, parses and renders one page; it returns nil when the page
// cannot be used at all.
func loadPage(fsys fs.FS, file string, c lang.Code, ps *problems) *Page {
	src := readFile(fsys, file, MaxPageBytes, ps)
	if src == nil {
		return nil
	}
	fm, body, bodyLine, err := splitFrontMatter(src)
	if err != nil {
		ps.add(file, 1, "%v", err)
		return nil
	}
	meta, lines, errs := parseFrontMatter(fm)
	if len(errs) > 0 {
		for _, le := range errs {
			ps.add(file, le.line, "front matter: %s", le.msg)
		}
		return nil
	}
	p := &Page{FrontMatter: meta, Lang: c, File: file, Path: pathFor(file), bodyLine: bodyLine, fmLines: lines}
	for _, field := range []struct{ name, value string }{
		{"title", meta.Title}, {"description", meta.Description}, {"audience", meta.Audience},
	} {
		if strings.TrimSpace(field.value) == "" {
			ps.add(file, 1, "front matter: %s is missing", field.name)
		}
	}
	if meta.Reviewed.IsZero() {
		ps.add(file, 1, "front matter: reviewed is missing (the date an editor last checked this page, YYYY-MM-DD)")
	}
	if meta.Audience != "" && !audiences[meta.Audience] {
		ps.add(file, p.line("audience"), "front matter: audience %q is not one of youth, parents, professionals, groups, easyread, general", meta.Audience)
	}
	if !meta.Layout.Valid() {
		ps.add(file, p.line("layout"), "front matter: layout %q is not one of %s", meta.Layout, layoutNames())
	}
	r, err := renderIn(body, c)
	if err != nil {
		ps.add(file, bodyLine, "cannot render the Markdown: %v", err)
		return nil
	}
	p.HTML, p.Headings = r.html, r.headings
	for _, u := range r.unsafe {
		ps.add(file, u.line+bodyLine-1, "%s", u.msg)
	}
	for i := range p.Headings {
		p.Headings[i].Line += bodyLine - 1
	}
	for _, l := range r.links {
		p.links = append(p.links, link{dest: l.dest, line: l.line + bodyLine - 1})
	}
	return p
}

// line returns the line of a front matter key, or 1.
func (p *Page) line(key string) int {
	if n, ok := p.fmLines[key]; ok {
		return n
	}
	return 1
}

// key is what pairs a page with its translation.
func (p *Page) key() string {
	if p.TranslationKey != "" {
		return "key:" + p.TranslationKey
	}
	return "path:" + strings.TrimPrefix(p.File, string(p.Lang)+"/")
}

// pair links every page with its translation and reports pages without one
// and keys used twice in one language.
func (s *Site) pair(ps *problems) {
	byKey := map[lang.Code]map[string]*Page{}
	for _, c := range lang.All {
		byKey[c] = map[string]*Page{}
	}
	for _, p := range s.Pages {
		k := p.key()
		if other, dup := byKey[p.Lang][k]; dup {
			ps.add(p.File, p.line("translationKey"), "translationKey %q is also used by %s: each page pairs with exactly one translation", p.TranslationKey, other.File)
			continue
		}
		byKey[p.Lang][k] = p
	}
	for _, p := range s.Pages {
		t := byKey[p.Lang.Other()][p.key()]
		if t == nil {
			what := "translationKey " + p.TranslationKey
			if p.TranslationKey == "" {
				what = "the same path, and it has no translationKey"
			}
			ps.add(p.File, p.line("translationKey"), "no %s translation: no %s page has %s", p.Lang.Other(), p.Lang.Other(), what)
			continue
		}
		p.Translation = t
	}
}

// checkSectionIDs reports an explicit section ID ({#signs}) that the page's
// translation does not have, at the heading's line, so that a teacher's link
// to /nl/…#signs works as /en/…#signs too. IDs made from heading text differ
// between languages by nature and are not compared.
func (s *Site) checkSectionIDs(ps *problems) {
	for _, p := range s.Pages {
		t := p.Translation
		if t == nil {
			continue
		}
		theirs := map[string]bool{}
		for _, h := range t.Headings {
			if h.Explicit {
				theirs[h.ID] = true
			}
		}
		for _, h := range p.Headings {
			if h.Explicit && !theirs[h.ID] {
				ps.add(p.File, h.Line, "section {#%s} is not in the %s translation %s: give the same section the same ID in both languages", h.ID, t.Lang, t.File)
			}
		}
	}
}

// linkSections gives every page its parent section and every section its
// children, ordered by weight.
func (s *Site) linkSections() {
	for _, p := range s.Pages {
		if p.IsHome() {
			continue
		}
		parent := path.Dir(strings.TrimSuffix(p.Path, "/")) + "/"
		if q := s.byPath[parent]; q != nil {
			p.Parent = q
			q.Children = append(q.Children, p)
		}
	}
	for _, p := range s.Pages {
		sortByWeight(p.Children)
	}
}

// sortByWeight orders a section's list as editors set it: by weight, then
// by title for pages of equal weight.
func sortByWeight(pages []*Page) {
	sort.SliceStable(pages, func(i, j int) bool {
		a, b := pages[i], pages[j]
		if a.Weight != b.Weight {
			return a.Weight < b.Weight
		}
		return a.Title < b.Title
	})
}

// linkListedIn adds each page to the lists of the sections its listedIn
// names, and reports a key that is not a section of the page's language, or
// the section the page is in already.
func (s *Site) linkListedIn(ps *problems) {
	for _, p := range s.Pages {
		for _, key := range p.ListedIn {
			q := s.byKey[p.Lang][key]
			switch {
			case q == nil || !q.IsSection() || q.IsHome():
				ps.add(p.File, p.line("listedIn"), "listedIn: no %s section has translationKey %q (use the translationKey of a section's index.md, such as young-people)", p.Lang, key)
			case q == p.Parent:
				ps.add(p.File, p.line("listedIn"), "listedIn: %q is the section this page is in already", key)
			case q == p:
				ps.add(p.File, p.line("listedIn"), "listedIn: a section cannot list itself")
			default:
				q.Listed = append(q.Listed, p)
			}
		}
	}
	for _, p := range s.Pages {
		sortByWeight(p.Listed)
	}
}

// checkSignSources reports a sign group's unknown source, and adds the sign
// groups' sources to every page that shows the checklist (layout signs), so
// the page names the sources of the signs it lists without an editor
// keeping two lists in step.
func (s *Site) checkSignSources(ps *problems) {
	var keys []string
	for _, g := range s.Signs {
		for _, key := range g.Sources {
			if s.bySource[key] == nil {
				if !ps.broken["sources.yaml"] {
					ps.add("signs.yaml", g.line, "sign group %q: unknown source %q (see sources.yaml)", g.ID, key)
				}
				continue
			}
			if !slices.Contains(keys, key) {
				keys = append(keys, key)
			}
		}
	}
	for _, p := range s.Pages {
		if p.Layout != LayoutSigns {
			continue
		}
		for _, key := range keys {
			if !slices.Contains(p.Sources, key) {
				p.Sources = append(p.Sources, key)
			}
		}
	}
}

// checkPage checks a page's links and its references to data.
func (s *Site) checkPage(p *Page, ps *problems) {
	for _, key := range p.Helplines {
		if s.byHelpline[key] == nil && !ps.broken["helplines.yaml"] {
			ps.add(p.File, p.line("helplines"), "unknown help line %q (see helplines.yaml)", key)
		}
	}
	for _, key := range p.Sources {
		if s.bySource[key] == nil && !ps.broken["sources.yaml"] {
			ps.add(p.File, p.line("sources"), "unknown source %q (see sources.yaml)", key)
		}
	}
	for _, l := range p.links {
		s.checkLink(p, l, ps)
	}
}

// checkLink reports a link to a page or section that does not exist.
func (s *Site) checkLink(p *Page, l link, ps *problems) {
	dest := l.dest
	if scheme := linkScheme(dest); scheme != "" && !allowedSchemes[scheme] {
		ps.add(p.File, l.line, "link %q: a %s: address is not allowed on the site; link to a page (/%s/…), a site (https://…), an e-mail address (mailto:) or a phone number (tel:)", dest, scheme, p.Lang)
		return
	}
	switch {
	case IsExternal(dest), strings.HasPrefix(dest, "mailto:"), strings.HasPrefix(dest, "tel:"):
		return
	case dest == "":
		ps.add(p.File, l.line, "a link has no address")
		return
	}
	u, err := url.Parse(dest)
	if err != nil {
		ps.add(p.File, l.line, "link %q is not a valid address: %v", dest, err)
		return
	}
	target := p
	if u.Path != "" {
		if !strings.HasPrefix(u.Path, "/") {
			ps.add(p.File, l.line, "link %q: link to a page by its site address, such as /%s/hulp/", dest, p.Lang)
			return
		}
		target = s.byPath[u.Path]
		if target == nil && !strings.HasSuffix(u.Path, "/") {
			target = s.byPath[u.Path+"/"]
		}
		if target == nil {
			ps.add(p.File, l.line, "link %q leads nowhere: there is no page at %s", dest, u.Path)
			return
		}
	}
	if u.Fragment != "" && !target.HasAnchor(u.Fragment) && !s.templateAnchor(target, u.Fragment) {
		ps.add(p.File, l.line, "link %q leads nowhere: %s has no section #%s", dest, target.File, u.Fragment)
	}
}
