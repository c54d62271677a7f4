package content

import (
	"errors"
	"io/fs"
	"strings"

	"gopkg.in/yaml.v3"

	"signaal/internal/lang"
)

// SynonymsFile is the list of words that mean the same to a reader, which
// editors keep up to date with the words young people type.
const SynonymsFile = "synonyms.yaml"

// A SynonymGroup is a set of words or short phrases that a reader means
// the same thing by ("nudes", "naaktfoto", "sexting"): a search for one
// finds pages that use another. Package search stems and folds them.
type SynonymGroup struct {
	Lang  lang.Code
	Words []string
	Line  int // line of the group in synonyms.yaml, for messages
}

// loadSynonyms reads synonyms.yaml when there is one: a map from language
// code to a list of groups, each a list of words. It reports an unknown
// language, a group with fewer than two words, an empty word and a word
// that stands in two places of one language, each at its own line, since
// a word in two groups would silently merge them.
func loadSynonyms(fsys fs.FS, ps *problems) []SynonymGroup {
	const name = SynonymsFile
	if _, err := fs.Stat(fsys, name); errors.Is(err, fs.ErrNotExist) {
		return nil // a site without synonyms searches by its own words only
	}
	src := readFile(fsys, name, MaxDataBytes, ps)
	if src == nil {
		return nil
	}
	doc, errs := decodeYAML(src, nil, 0)
	for _, le := range errs {
		if !errors.Is(le, errEmptyYAML) {
			ps.add(name, le.line, "%s", le.msg)
		}
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		ps.add(name, root.Line, "expected a language code (nl, en) with a list of groups under it")
		return nil
	}
	var out []SynonymGroup
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, list := root.Content[i], root.Content[i+1]
		if !lang.Valid(key.Value) {
			ps.add(name, key.Line, "unknown language %q: use one of %s", key.Value, codes())
			continue
		}
		c := lang.Code(key.Value)
		if list.Kind != yaml.SequenceNode {
			ps.add(name, list.Line, "%s: expected a list of groups, each a list of words: - [nudes, naaktfoto]", c)
			continue
		}
		seen := map[string]int{} // word, lower case → line where it first stands
		for _, g := range list.Content {
			if g.Kind != yaml.SequenceNode {
				ps.add(name, g.Line, "expected a group as a list of words: [nudes, naaktfoto]")
				continue
			}
			grp := SynonymGroup{Lang: c, Line: g.Line}
			for _, w := range g.Content {
				word := strings.Join(strings.Fields(w.Value), " ")
				switch {
				case w.Kind != yaml.ScalarNode || word == "":
					ps.add(name, w.Line, "empty word in a group")
					continue
				case seen[strings.ToLower(word)] != 0:
					ps.add(name, w.Line, "%q is already in a %s group on line %d: a word belongs to one group", word, c, seen[strings.ToLower(word)])
					continue
				}
				seen[strings.ToLower(word)] = w.Line
				grp.Words = append(grp.Words, word)
			}
			if len(g.Content) < 2 {
				ps.add(name, g.Line, "a group needs at least two words that mean the same")
				continue
			}
			out = append(out, grp)
		}
	}
	return out
}

// codes lists the language codes for a message: "nl, en".
func codes() string {
	var s []string
	for _, c := range lang.All {
		s = append(s, string(c))
	}
	return strings.Join(s, ", ")
}
