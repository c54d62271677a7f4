package content

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"signaal/internal/lang"
)

// Text is a piece of text in both languages, as data files write it:
// {nl: "…", en: "…"}.
type Text map[lang.Code]string

// In returns the text in language c, or the Dutch text when c is missing.
func (t Text) In(c lang.Code) string {
	if s, ok := t[c]; ok {
		return s
	}
	return t[lang.Default]
}

// A Helpline is one way to reach help: a phone line, a chat, a reporting
// form. Only what shared/facts confirms is filled in; a nil pointer or an
// empty field means "not confirmed", and the site then shows nothing rather
// than a guess.
type Helpline struct {
	Key       string   `yaml:"key"`
	Name      string   `yaml:"name"`
	NameEN    string   `yaml:"name_en"`
	Needs     []string `yaml:"needs"`
	Who       []string `yaml:"who"`
	Ways      []string `yaml:"ways"`
	For       Text     `yaml:"for"`
	Phone     string   `yaml:"phone"`
	PhoneAlt  string   `yaml:"phone_alt"`
	Chat      string   `yaml:"chat"`
	Web       string   `yaml:"web"`
	Hours     *Hours   `yaml:"hours"`
	ChatHours *Hours   `yaml:"chat_hours"`
	Free      *bool    `yaml:"free"`
	Cost      Text     `yaml:"cost"`
	Anonymous *bool    `yaml:"anonymous"`
	Ages      *Ages    `yaml:"ages"`
	Note      Text     `yaml:"note"`
	// Easy is what the line is for in easy-read words, shown instead of
	// For and Note on the easy-read pages.
	Easy Text `yaml:"easy"`
	// Short says in a few words what the line is for ("na seksueel
	// geweld"), for the help page's list of lines open day and night.
	Short Text `yaml:"short"`
	// ChatLabel names what the chat link does when "Chat met" and the
	// line's name would read badly ("Chat met Chat met Fier").
	ChatLabel Text `yaml:"chat_label"`
	// Languages are the languages the line is confirmed to answer in
	// ("nl", "en"); empty when facts.md does not say, and then the English
	// cards say nothing rather than guess.
	Languages  []string `yaml:"languages"`
	Source     string   `yaml:"source"`
	SourceURL  string   `yaml:"source_url"` // the main source, linked from the card
	Confidence string   `yaml:"confidence"`
	Checked    Date     `yaml:"checked"`

	entry `yaml:"-"`
}

// DisplayName returns the line's name in language c.
func (h *Helpline) DisplayName(c lang.Code) string {
	if c == lang.English && h.NameEN != "" {
		return h.NameEN
	}
	return h.Name
}

// Ages is the age range a line is for.
type Ages struct {
	From int `yaml:"from"`
	To   int `yaml:"to"`
}

// Date is a date that data files may give as a day (2026-11-24) or a month
// (2021-03), because many sources give no day.
type Date struct {
	time.Time
	MonthOnly bool
}

// UnmarshalYAML implements yaml.Unmarshaler.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	for _, layout := range []string{"2006-01-02", "2006-01"} {
		if t, err := time.Parse(layout, n.Value); err == nil {
			d.Time, d.MonthOnly = t, layout == "2006-01"
			return nil
		}
	}
	return fmt.Errorf("line %d: %q is not a date (YYYY-MM-DD or YYYY-MM)", n.Line, n.Value)
}

// A Source is a document a page takes a fact or figure from.
type Source struct {
	Key       string `yaml:"key"`
	Title     string `yaml:"title"`
	Publisher string `yaml:"publisher"`
	Date      Date   `yaml:"date"`
	Undated   bool   `yaml:"undated"`
	URL       string `yaml:"url"`
	Note      Text   `yaml:"note"`

	entry `yaml:"-"`
}

// A SignGroup is one group of warning signs on the parents' checklist.
// A sign is a claim like any other, so each group names the sources
// (keys in sources.yaml) that support every item in it; the checklist page
// lists them with its own.
type SignGroup struct {
	ID      string   `yaml:"id"`
	Title   Text     `yaml:"title"`
	Items   []Text   `yaml:"items"`
	Sources []string `yaml:"sources"`

	entry `yaml:"-"`
}

// The allowed values of a help line's lists.
var (
	helplineNeeds = []string{"emergency", "talk", "chat", "tip", "report", "images", "suicide"}
	helplineWho   = []string{"youth", "parents", "professionals", "everyone"}
	helplineWays  = []string{"call", "chat", "text", "tip", "in-person", "web", "form"}
)

// Needs lists the groups of the help page, in the order it shows them.
func Needs() []string { return helplineNeeds }

// decodeData reads a data file strictly (an unknown field is a typo) into v
// and returns its top node (the list or mapping), whose nodes give the line
// of each entry for the problems found in it later. Each problem is reported
// once, at its line; a file that cannot be read is marked broken, so what
// refers to it is not reported as well. The file is read and parsed once
// for v and once for its lines, and no error of either is ignored.
func decodeData(fsys fs.FS, name string, v any, ps *problems) (*yaml.Node, bool) {
	src := readFile(fsys, name, MaxDataBytes, ps)
	if src == nil {
		ps.markBroken(name)
		return nil, false
	}
	doc, errs := decodeYAML(src, v, 0)
	for _, le := range errs {
		if errors.Is(le, errEmptyYAML) {
			ps.add(name, 0, "the file is empty: content/README.md says what it holds (a list with no entries is written [])")
			continue
		}
		ps.add(name, le.line, "%s", le.msg)
	}
	if len(errs) > 0 {
		ps.markBroken(name)
		return nil, false
	}
	return doc.Content[0], true
}

// An entry is where an item of a data file's list starts, for the problems
// found in it later; the item types embed one.
type entry struct{ line int }

func (e *entry) startsAt(line int) { e.line = line }

// decodeList reads a data file that holds a list, as decodeData does, and
// gives each item the line it starts on.
func decodeList[T any, P interface {
	*T
	startsAt(int)
}](fsys fs.FS, name string, ps *problems) ([]P, bool) {
	var list []P
	root, ok := decodeData(fsys, name, &list, ps)
	if !ok {
		return nil, false
	}
	lines := entryLines(root)
	for i, e := range list {
		e.startsAt(lineAt(lines, i))
	}
	return list, true
}

// loadHelplines reads helplines.yaml and checks every entry.
func loadHelplines(fsys fs.FS, now time.Time, ps *problems) []*Helpline {
	const name = "helplines.yaml"
	list, ok := decodeList[Helpline](fsys, name, ps)
	if !ok {
		return nil
	}
	seen := map[string]bool{}
	for _, h := range list {
		if h.Key == "" || h.Name == "" {
			ps.add(name, h.line, "a help line needs a key and a name")
			continue
		}
		if seen[h.Key] {
			ps.add(name, h.line, "help line %q is defined twice", h.Key)
		}
		seen[h.Key] = true
		for _, c := range lang.All {
			if h.For[c] == "" {
				ps.add(name, h.line, "help line %q has no %q text under for", h.Key, c)
			}
		}
		checkValues(name, h.line, h.Key, "needs", h.Needs, helplineNeeds, ps)
		checkValues(name, h.line, h.Key, "who", h.Who, helplineWho, ps)
		checkValues(name, h.line, h.Key, "ways", h.Ways, helplineWays, ps)
		if h.Phone == "" && h.Chat == "" && h.Web == "" {
			ps.add(name, h.line, "help line %q has no phone, chat or web address", h.Key)
		}
		h.Hours = checkHours(name, h.Key, h.Hours, ps)
		h.ChatHours = checkHours(name, h.Key, h.ChatHours, ps)
		if h.Confidence != "high" && h.Confidence != "medium" {
			ps.add(name, h.line, "help line %q: confidence must be high or medium (low-confidence facts stay off the site)", h.Key)
		}
		for _, c := range lang.All {
			if h.Easy[c] == "" {
				ps.add(name, h.line, "help line %q has no %q text under easy (what it is for, in easy-read words)", h.Key, c)
			}
		}
		for _, l := range h.Languages {
			if l != string(lang.Dutch) && l != string(lang.English) {
				ps.add(name, h.line, "help line %q: language %q is not nl or en", h.Key, l)
			}
		}
		if !strings.HasPrefix(h.SourceURL, "https://") {
			ps.add(name, h.line, "help line %q needs source_url: the https address of the source its facts were checked against", h.Key)
		}
		checkFreshness(name, h, now, ps)
	}
	return list
}

// checkHours reports what was wrong with a line's hours, each problem at
// its own line, and returns nil (unconfirmed: no hours, no badge) for
// hours that had any.
func checkHours(file, key string, h *Hours, ps *problems) *Hours {
	if h == nil || len(h.problems) == 0 {
		return h
	}
	for _, p := range h.problems {
		ps.add(file, p.line, "help line %q: %s", key, p.msg)
	}
	return nil
}

// How long a help line's facts may go unchecked: after CheckedWarnMonths
// `signaal check` warns, after CheckedFailMonths it fails, because a number
// or an opening time that nobody has looked at for a year is a guess.
const (
	CheckedWarnMonths = 6
	CheckedFailMonths = 12
)

// checkFreshness holds a help line's checked date to the limits above. A
// date given as a month counts from the first of that month, so a line is
// never treated as fresher than it is.
func checkFreshness(file string, h *Helpline, now time.Time, ps *problems) {
	// Dates carry no time of day: compare them with today's date.
	now = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	when := h.Checked.Format("2006-01-02")
	if h.Checked.MonthOnly {
		when = h.Checked.Format("2006-01")
	}
	switch {
	case h.Checked.IsZero():
		ps.add(file, h.line, "help line %q has no checked date (YYYY-MM-DD or YYYY-MM)", h.Key)
	case h.Checked.After(now):
		ps.add(file, h.line, "help line %q: checked date %s is in the future", h.Key, when)
	case !addMonths(h.Checked.Time, CheckedFailMonths).After(now):
		ps.add(file, h.line, "help line %q was last checked in %s, %d months or more ago: check its facts again against the organisation's own site and update checked", h.Key, when, CheckedFailMonths)
	case now.After(addMonths(h.Checked.Time, CheckedWarnMonths)):
		ps.warn(file, h.line, "help line %q was last checked in %s, more than %d months ago: check it again against the organisation's own site", h.Key, when, CheckedWarnMonths)
	}
}

// addMonths adds n calendar months, keeping to the last day of a shorter
// month (31 May + 6 months is 30 November), where time.AddDate would run on
// into December.
func addMonths(t time.Time, n int) time.Time {
	first := time.Date(t.Year(), t.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(t.Day(), last)-1)
}

func checkValues(file string, line int, key, field string, got, allowed []string, ps *problems) {
	for _, v := range got {
		if !slices.Contains(allowed, v) {
			ps.add(file, line, "help line %q: %s %q is not one of %s", key, field, v, strings.Join(allowed, ", "))
		}
	}
}

// loadSources reads sources.yaml.
func loadSources(fsys fs.FS, ps *problems) []*Source {
	const name = "sources.yaml"
	list, ok := decodeList[Source](fsys, name, ps)
	if !ok {
		return nil
	}
	seen := map[string]int{}
	for _, s := range list {
		line := s.line
		if s.Key == "" || s.Title == "" || s.Publisher == "" {
			ps.add(name, line, "source %q needs a key, a title and a publisher", s.Key)
		}
		if first, dup := seen[s.Key]; dup {
			ps.add(name, line, "source %q is defined twice: first on line %d", s.Key, first)
		} else {
			seen[s.Key] = line
		}
		if s.Date.IsZero() && !s.Undated {
			ps.add(name, line, "source %q has no date; write undated: true if the source gives none", s.Key)
		}
	}
	return list
}

// loadSigns reads signs.yaml.
func loadSigns(fsys fs.FS, ps *problems) []*SignGroup {
	list, ok := decodeList[SignGroup](fsys, "signs.yaml", ps)
	if !ok {
		return nil
	}
	for _, g := range list {
		if len(g.Sources) == 0 {
			ps.add("signs.yaml", g.line, "sign group %q has no sources: name the sources in sources.yaml that support its signs", g.ID)
		}
		for _, c := range lang.All {
			if g.Title[c] == "" {
				ps.add("signs.yaml", g.line, "sign group %q has no %s title", g.ID, c)
			}
			for i, it := range g.Items {
				if it[c] == "" {
					ps.add("signs.yaml", g.line, "sign group %q item %d has no %s text", g.ID, i+1, c)
				}
			}
		}
	}
	return list
}
