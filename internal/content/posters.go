package content

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"signaal/internal/lang"
)

// A Poster is what a printed poster and handout of one section say: a key
// message in a few calm lines, the help lines that matter most for its
// readers, and (added by the build) a QR code to the section's page. The
// words live in posters.yaml, beside the other data, so an editor changes
// them without touching code.
type Poster struct {
	// Section is the translationKey of a top-level section ("young-people").
	Section string     `yaml:"section"`
	NL      PosterText `yaml:"nl"`
	EN      PosterText `yaml:"en"`
	// Helplines are keys from helplines.yaml, most important first.
	Helplines []string `yaml:"helplines"`

	entry `yaml:"-"`
}

// PosterText is a poster's message in one language.
type PosterText struct {
	Headline string   `yaml:"headline"`
	Lines    []string `yaml:"lines"`
}

// Text returns the poster's message in language c.
func (p *Poster) Text(c lang.Code) PosterText {
	if c == lang.English {
		return p.EN
	}
	return p.NL
}

// Limits that keep a poster to one sheet, readable from across a classroom.
const (
	MaxPosterLines     = 3
	MaxPosterHelplines = 3
)

// PosterFor returns the poster of a section page, or nil.
func (s *Site) PosterFor(section *Page) *Poster {
	if section == nil || !section.IsSection() {
		return nil
	}
	for _, p := range s.Posters {
		if p.Section == section.TranslationKey {
			return p
		}
	}
	return nil
}

// PosterSections returns the section pages of language c that have a
// poster, in the order of posters.yaml. Only top-level sections (the
// folders right under the home page) can have one.
func (s *Site) PosterSections(c lang.Code) []*Page {
	var out []*Page
	for _, p := range s.Posters {
		if sec := s.topSection(c, p.Section); sec != nil {
			out = append(out, sec)
		}
	}
	return out
}

// topSection returns the top-level section page with a translation key.
func (s *Site) topSection(c lang.Code, key string) *Page {
	home := s.Home(c)
	if home == nil {
		return nil
	}
	for _, p := range home.Children {
		if p.IsSection() && p.TranslationKey == key {
			return p
		}
	}
	return nil
}

// loadPosters reads posters.yaml, if there is one, strictly.
func loadPosters(fsys fs.FS, ps *problems) []*Poster {
	const name = "posters.yaml"
	if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
		return nil // a site without posters is a valid site
	}
	list, ok := decodeList[Poster](fsys, name, ps)
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	for _, p := range list {
		if p.Section == "" {
			ps.add(name, p.line, "a poster needs a section: the translationKey of a top-level section")
			continue
		}
		if seen[p.Section] {
			ps.add(name, p.line, "poster %q is defined twice", p.Section)
		}
		seen[p.Section] = true
		for _, c := range lang.All {
			t := p.Text(c)
			if strings.TrimSpace(t.Headline) == "" {
				ps.add(name, p.line, "poster %q has no %s headline", p.Section, c)
			}
			if len(t.Lines) > MaxPosterLines {
				ps.add(name, p.line, "poster %q has %d %s lines; at most %d fit on one sheet", p.Section, len(t.Lines), c, MaxPosterLines)
			}
			for i, l := range t.Lines {
				if strings.TrimSpace(l) == "" {
					ps.add(name, p.line, "poster %q: %s line %d is empty", p.Section, c, i+1)
				}
			}
		}
		if len(p.Helplines) == 0 || len(p.Helplines) > MaxPosterHelplines {
			ps.add(name, p.line, "poster %q needs 1 to %d help lines, not %d", p.Section, MaxPosterHelplines, len(p.Helplines))
		}
	}
	return list
}

// checkPosters checks what posters refer to, once the pages and help lines
// are loaded. A poster for a section that is not (yet) on the site is only a
// warning: the poster is left out until the section exists.
func (s *Site) checkPosters(ps *problems) {
	for _, p := range s.Posters {
		for _, key := range p.Helplines {
			if s.byHelpline[key] == nil && !ps.broken["helplines.yaml"] {
				ps.add("posters.yaml", p.line, "poster %q: unknown help line %q (see helplines.yaml)", p.Section, key)
			}
		}
		if p.Section == "" {
			continue
		}
		var missing []string
		for _, c := range lang.All {
			if s.topSection(c, p.Section) == nil {
				missing = append(missing, string(c))
			}
		}
		if len(missing) > 0 {
			ps.warn("posters.yaml", p.line, "poster %q: no top-level section with translationKey %q in %s yet, so it is not printed there", p.Section, p.Section, strings.Join(missing, " and "))
		}
	}
}

// Poster sizes: a poster for a wall and a handout to take home.
const (
	PosterA4 = "a4"
	PosterA5 = "a5"
)

// PosterPath returns the address of a section's poster in a size:
// /nl/jongeren/ → /nl/posters/jongeren/ (A4) and /nl/posters/jongeren/a5/.
// The address follows the section's own, so it stays as stable as that.
func PosterPath(section *Page, size string) string {
	p := "/" + string(section.Lang) + "/posters/" + path.Base(section.Path) + "/"
	if size == PosterA5 {
		p += "a5/"
	}
	return p
}
