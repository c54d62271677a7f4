package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/lang"
	"signaal/internal/sitetest"
)

func TestSynonyms(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string // a problem line; "" for none
	}{
		{"valid", "nl:\n  - [nudes, naaktfoto]\n  - [money mule, geldezel]\nen:\n  - [nudes, nude photos]\n", ""},
		{"unknown language", "nl:\n  - [nudes, naaktfoto]\nde:\n  - [nacktfoto, nudes]\n", `synonyms.yaml:3: unknown language "de"`},
		{"empty group", "nl:\n  - []\n", "synonyms.yaml:2: a group needs at least two words"},
		{"one word", "nl:\n  - [nudes]\n", "synonyms.yaml:2: a group needs at least two words"},
		{"empty word", "nl:\n  - [nudes, \"\", naaktfoto]\n", "synonyms.yaml:2: empty word"},
		{"twice in one language", "nl:\n  - [nudes, naaktfoto]\n  - [sexting,\n     Nudes]\n", `synonyms.yaml:4: "Nudes" is already in a nl group on line 2`},
		{"once in each language is fine", "nl:\n  - [nudes, naaktfoto]\nen:\n  - [nudes, nude photos]\n", ""},
		{"not a list", "nl: nudes\n", "synonyms.yaml:1: nl: expected a list of groups"},
		{"group not a list", "nl:\n  - nudes\n", "synonyms.yaml:2: expected a group as a list"},
		{"not YAML", "nl: [\n", "synonyms.yaml:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := sitetest.FS(t, valid)
			fsys[SynonymsFile] = &fstest.MapFile{Data: []byte(tt.yaml)}
			s, ps := load(t, fsys)
			if tt.want == "" {
				if len(ps) > 0 {
					t.Fatalf("problems: %v", ps)
				}
				if len(s.Synonyms) != strings.Count(tt.yaml, "- [") {
					t.Errorf("got %d groups: %v", len(s.Synonyms), s.Synonyms)
				}
				return
			}
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%v\nwant a line containing %q", ps.Error(), tt.want)
			}
		})
	}
}

func TestSynonymsRead(t *testing.T) {
	fsys := sitetest.FS(t, valid)
	fsys[SynonymsFile] = &fstest.MapFile{Data: []byte("en:\n  - [Nudes,  nude   photos]\n")}
	s, _ := load(t, fsys)
	if len(s.Synonyms) != 1 || s.Synonyms[0].Lang != lang.English || strings.Join(s.Synonyms[0].Words, "|") != "Nudes|nude photos" || s.Synonyms[0].Line != 2 {
		t.Errorf("got %+v", s.Synonyms)
	}
}
