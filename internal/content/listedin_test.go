package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/sitetest"
)

// groupsSite is the valid site with a second section, groups, whose page for
// boys asks to be listed in the youth section too.
func groupsSite(t *testing.T, listedIn string) fstest.MapFS {
	f := sitetest.FS(t, valid)
	f["nl/groepen/index.md"] = sitetest.Page("title: Groepen\ndescription: Groepen\ntranslationKey: groups\naudience: groups\nweight: 40\nreviewed: 2026-11-24\nlayout: section", "Tekst.\n")
	f["en/groups/index.md"] = sitetest.Page("title: Groups\ndescription: Groups\ntranslationKey: groups\naudience: groups\nweight: 40\nreviewed: 2026-11-24\nlayout: section", "Text.\n")
	f["nl/groepen/jongens.md"] = sitetest.Page("title: Jongens\ndescription: Ook jongens\ntranslationKey: boys\naudience: groups\nweight: 20\nreviewed: 2026-11-24\nlistedIn: "+listedIn, "Tekst.\n")
	f["en/groups/boys.md"] = sitetest.Page("title: Boys\ndescription: Boys too\ntranslationKey: boys\naudience: groups\nweight: 20\nreviewed: 2026-11-24\nlistedIn: [youth]", "Text.\n")
	return f
}

func TestListedIn(t *testing.T) {
	s, ps := load(t, groupsSite(t, "[youth]"))
	if len(ps) > 0 {
		t.Fatalf("problems:\n%s", ps.Error())
	}
	for _, c := range []struct{ section, page string }{{"/nl/jongeren/", "/nl/groepen/jongens/"}, {"/en/young-people/", "/en/groups/boys/"}} {
		sec := s.Page(c.section)
		if len(sec.Listed) != 1 || sec.Listed[0].Path != c.page {
			t.Errorf("%s lists %v from other sections, want %s", c.section, paths(sec.Listed), c.page)
		}
		for _, ch := range sec.Children {
			if ch.Path == c.page {
				t.Errorf("%s has %s as its own child too", c.section, c.page)
			}
		}
	}
	if g := s.Page("/nl/groepen/"); len(g.Children) != 1 || len(g.Listed) != 0 {
		t.Errorf("/nl/groepen/: children %v, listed %v; want the boys page as its own child only", paths(g.Children), paths(g.Listed))
	}
}

func TestListedInProblems(t *testing.T) {
	for _, tt := range []struct{ listedIn, want string }{
		{"[young-peopel]", `nl/groepen/jongens.md:8: listedIn: no nl section has translationKey "young-peopel"`},
		{"[boys]", `nl/groepen/jongens.md:8: listedIn: no nl section has translationKey "boys"`},
		{"[home]", `nl/groepen/jongens.md:8: listedIn: no nl section has translationKey "home"`},
		{"[groups]", `nl/groepen/jongens.md:8: listedIn: "groups" is the section this page is in already`},
	} {
		_, ps := load(t, groupsSite(t, tt.listedIn))
		if !strings.Contains(ps.Error(), tt.want) {
			t.Errorf("listedIn: %s: problems:\n%s\nwant a line containing %q", tt.listedIn, ps.Error(), tt.want)
		}
	}
}

func paths(ps []*Page) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Path)
	}
	return out
}
