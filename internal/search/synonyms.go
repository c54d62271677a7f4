package search

import (
	"strconv"
	"strings"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// synonyms are the groups of words of one language that a reader means
// the same thing by (content/synonyms.yaml), stemmed like the pages, so
// "naaktfoto's" and "naaktfoto" are one member.
type synonyms struct {
	// alts holds, per group, the terms of its one-word members: what a
	// query for any member looks for on the pages.
	alts [][]string
	// group maps a member (its terms joined by a space) to its group.
	group map[string]int
	// longest is the most words a member has.
	longest int
	// members holds, per group, each member's terms: what the browser's
	// search needs to do the same.
	members [][][]string
}

// newSynonyms stems the groups of language c. A member of several words
// ("money mule") is recognised in a query; on the pages, the group's
// single words are looked for.
func newSynonyms(st stemmer, groups []content.SynonymGroup, c lang.Code) synonyms {
	s := synonyms{group: map[string]int{}}
	for _, g := range groups {
		if g.Lang != c {
			continue
		}
		id := len(s.alts)
		var alts []string
		var members [][]string
		for _, w := range g.Words {
			var terms []string
			for _, t := range st.tokens(w) {
				// One letter is the leftover of "naaktfoto's" or "'t":
				// the member is the word before it.
				if len(t.term) > 1 {
					terms = append(terms, t.term)
				}
			}
			if len(terms) == 0 {
				continue
			}
			members = append(members, terms)
			key := strings.Join(terms, " ")
			if _, dup := s.group[key]; !dup {
				s.group[key] = id // the first group keeps a member two words stem to
			}
			s.longest = max(s.longest, len(terms))
			if len(terms) == 1 && !has(alts, terms[0]) {
				alts = append(alts, terms[0])
			}
		}
		s.alts = append(s.alts, alts)
		s.members = append(s.members, members)
	}
	return s
}

// A qterm is one thing a query looks for: a word, or a synonym group
// (found by one of its words or phrases).
type qterm struct {
	// key names it: the word's term, or "#" and the group's number, so a
	// query naming two words of one group looks for the group once.
	key string
	// alts are the terms it looks for on the pages.
	alts []string
	// stop is true for a stop word ("de", "the").
	stop bool
}

// lookup turns the terms of a query's words into what the query looks
// for, joining the words of a synonym phrase into one.
func (s synonyms) lookup(terms []string, stop []bool) []qterm {
	var out []qterm
	for i := 0; i < len(terms); {
		n, g := 1, -1
		for k := min(s.longest, len(terms)-i); k >= 1; k-- {
			if id, ok := s.group[strings.Join(terms[i:i+k], " ")]; ok {
				n, g = k, id
				break
			}
		}
		if g < 0 {
			out = append(out, qterm{key: terms[i], alts: terms[i : i+1], stop: stop[i]})
			i++
			continue
		}
		// The reader's own words first, then the group's.
		alts := []string{}
		for _, t := range append(append([]string{}, terms[i:i+n]...), s.alts[g]...) {
			if !has(alts, t) {
				alts = append(alts, t)
			}
		}
		out = append(out, qterm{key: "#" + strconv.Itoa(g), alts: alts})
		i += n
	}
	return out
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
