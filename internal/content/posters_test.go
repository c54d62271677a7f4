package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/sitetest"
)

const validPosters = `- section: youth
  nl:
    headline: Voelt iets niet goed?
    lines: [Praat erover.]
  en:
    headline: Something not right?
    lines: [Talk about it.]
  helplines: [kindertelefoon]
`

func TestPosters(t *testing.T) {
	fsys := sitetest.FS(t, valid)
	fsys["posters.yaml"] = &fstest.MapFile{Data: []byte(validPosters)}
	s, ps := load(t, fsys)
	if len(ps) > 0 {
		t.Fatal(ps.Error())
	}
	nl := s.Page("/nl/jongeren/")
	if p := s.PosterFor(nl); p == nil || p.Text("en").Headline != "Something not right?" || p.Text("nl").Lines[0] != "Praat erover." {
		t.Fatalf("poster of /nl/jongeren/ = %+v", p)
	}
	if got := s.PosterSections("en"); len(got) != 1 || got[0].Path != "/en/young-people/" {
		t.Errorf("PosterSections(en) = %v", got)
	}
	for size, want := range map[string]string{PosterA4: "/nl/posters/jongeren/", PosterA5: "/nl/posters/jongeren/a5/"} {
		if got := PosterPath(nl, size); got != want {
			t.Errorf("PosterPath(%s) = %s, want %s", size, got, want)
		}
	}
	if s.PosterFor(s.Home("nl")) != nil {
		t.Error("the home page has a poster")
	}
}

func TestPosterProblems(t *testing.T) {
	tests := []struct {
		name, yaml, want string
		warning          bool
	}{
		{"field typo", strings.Replace(validPosters, "headline: Something", "headlin: Something", 1), `posters.yaml:6: unknown field "headlin"`, false},
		{"no headline", strings.Replace(validPosters, "headline: Something not right?", "headline: \" \"", 1), `poster "youth" has no en headline`, false},
		{"too many lines", strings.Replace(validPosters, "[Praat erover.]", "[a, b, c, d]", 1), `poster "youth" has 4 nl lines; at most 3`, false},
		{"unknown help line", strings.Replace(validPosters, "[kindertelefoon]", "[kindertelefoon, nope]", 1), `posters.yaml:1: poster "youth": unknown help line "nope"`, false},
		{"too many help lines", strings.Replace(validPosters, "[kindertelefoon]", "[kindertelefoon, kindertelefoon, kindertelefoon, kindertelefoon]", 1), `needs 1 to 3 help lines, not 4`, false},
		{"no help lines", strings.Replace(validPosters, "[kindertelefoon]", "[]", 1), `needs 1 to 3 help lines, not 0`, false},
		{"twice", validPosters + validPosters, `posters.yaml:9: poster "youth" is defined twice`, false},
		{"no section", strings.Replace(validPosters, "section: youth", "section: ''", 1), "a poster needs a section", false},
		{"section not on the site yet", strings.Replace(validPosters, "section: youth", "section: parents", 1), `posters.yaml:1: warning: poster "parents": no top-level section with translationKey "parents" in nl and en yet`, true},
		{"the home page is no section", strings.Replace(validPosters, "section: youth", "section: home", 1), `poster "home": no top-level section`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := sitetest.FS(t, valid)
			fsys["posters.yaml"] = &fstest.MapFile{Data: []byte(tt.yaml)}
			s, ps := load(t, fsys)
			if tt.warning {
				if len(ps) > 0 {
					t.Fatalf("a warning failed the site:\n%s", ps.Error())
				}
				ps = s.Warnings
			}
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%s\nwant a line containing %q", ps.Error(), tt.want)
			}
		})
	}
}
