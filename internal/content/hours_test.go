package content

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"gopkg.in/yaml.v3"
)

// parseHours reads one hours value as helplines.yaml writes it.
func parseHours(t *testing.T, src string) *Hours {
	t.Helper()
	var h Hours
	if err := yaml.Unmarshal([]byte(src), &h); err != nil || len(h.problems) > 0 {
		t.Fatalf("%s: %v %v", src, err, h.problems)
	}
	return &h
}

func TestHoursParse(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want Hours
	}{
		{`{always: true}`, Hours{Always: true}},
		{`{open: [{days: mon-fri, from: "09:00", to: "17:00"}]}`, Hours{Spans: []Span{{Monday, Friday, 540, 1020}}}},
		{`{open: [{days: sat, from: "10:00", to: "14:00"}, {days: sat-mon, from: "20:00", to: "02:00"}]}`,
			Hours{Spans: []Span{{Saturday, Saturday, 600, 840}, {Saturday, Monday, 1200, 120}}}},
		{`{open: [{days: mon-sun, from: "00:00", to: "24:00"}]}`, Hours{Spans: []Span{{Monday, Sunday, 0, 1440}}}},
	} {
		got := parseHours(t, tt.src)
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.src, *got, tt.want)
		}
	}
}

// TestHoursProblems checks that a bad entry of helplines.yaml is reported
// at its own line, with what an editor should write instead, that every
// bad entry of the file is reported, not only the first, and that the rest
// of the file is still read (no cascade of problems elsewhere).
func TestHoursProblems(t *testing.T) {
	for _, tt := range []struct {
		hours string   // replaces the fixture's hours (line 8-9)
		want  []string // lines of the problems
	}{
		{"hours:\n    open: [{days: mon-fry, from: \"11:00\", to: \"21:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: days "mon-fry" are not a day or a run of days such as mon-fri`}},
		{"hours:\n    open: [{days: mon-fri, from: \"9:00\", to: \"25:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: from "9:00" is not a time`, `helplines.yaml:9: help line "kindertelefoon": opening hours: to "25:00" is not a time`}},
		{"hours:\n    open: [{days: mon-fri, from: \"09:00\", to: \"09:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: from and to are both 09:00`}},
		{"hours:\n    open: [{days: mon-fri, from: \"09:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: an entry under open has no to`}},
		{"hours:\n    open: [{days: mon-fri, from: \"09:00\", till: \"17:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: unknown field "till": check its spelling`}},
		{"hours:\n    always: true\n    open: [{days: mon-fri, from: \"09:00\", to: \"17:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: write always: true or a list under open, not both`}},
		{"hours:\n    always: false",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: always is true or left out`}},
		{"hours: mon-fri",
			[]string{`helplines.yaml:8: help line "kindertelefoon": opening hours: write {always: true} or a list under open`}},
		{"hours:\n    open: [{days: mon, from: \"24:00\", to: \"02:00\"}]",
			[]string{`helplines.yaml:9: help line "kindertelefoon": opening hours: from is 24:00`}},
	} {
		f := validSite()
		src := strings.Replace(helplinesYAML, "hours:\n    open: [{days: mon-sun, from: \"11:00\", to: \"21:00\"}]", tt.hours, 1)
		if src == helplinesYAML {
			t.Fatal("the fixture's hours have moved")
		}
		// A second line with a bad span: its problem is reported as well.
		src += strings.ReplaceAll(strings.Replace(helplinesYAML, "kindertelefoon", "tweede", 1), `"21:00"`, `"9 pm"`)
		f["helplines.yaml"] = &fstest.MapFile{Data: []byte(src)}
		s, ps := load(t, f)
		got := ps.Error()
		if s == nil || len(s.Helplines) != 2 || s.Helplines[0].Hours != nil {
			t.Errorf("%q: the file's lines are not kept, or the bad hours are (%v)", tt.hours, s)
		}
		for _, w := range append(tt.want, `help line "tweede": opening hours: to "9 pm" is not a time`) {
			if !strings.Contains(got, w) {
				t.Errorf("%q: problems\n%s\nwant a line with %q", tt.hours, got, w)
			}
		}
	}
}

func TestOpenAt(t *testing.T) {
	weekdays := parseHours(t, `{open: [{days: mon-fri, from: "09:00", to: "17:00"}, {days: sat, from: "10:00", to: "14:00"}]}`)
	night := parseHours(t, `{open: [{days: fri, from: "20:00", to: "02:00"}]}`)
	weekend := parseHours(t, `{open: [{days: sat-mon, from: "10:00", to: "12:00"}]}`)
	always := parseHours(t, `{always: true}`)
	for _, tt := range []struct {
		h    *Hours
		at   string // UTC
		want bool
	}{
		{weekdays, "2026-01-05T08:00:00Z", true},  // Monday 09:00, winter (UTC+1)
		{weekdays, "2026-01-05T07:59:00Z", false}, // Monday 08:59
		{weekdays, "2026-07-06T07:00:00Z", true},  // Monday 09:00, summer (UTC+2)
		{weekdays, "2026-07-06T06:59:00Z", false},
		{weekdays, "2026-01-09T16:00:00Z", false}, // Friday 17:00: closed on the dot
		{weekdays, "2026-01-10T12:59:00Z", true},  // Saturday 13:59
		{weekdays, "2026-01-11T12:00:00Z", false}, // Sunday
		{night, "2026-01-10T00:30:00Z", true},     // Saturday 01:30, after Friday evening
		{night, "2026-01-09T00:30:00Z", false},    // Friday 01:30, after Thursday
		{night, "2026-01-09T19:00:00Z", true},     // Friday 20:00
		{weekend, "2026-01-11T10:00:00Z", true},   // Sunday 11:00
		{weekend, "2026-01-12T10:59:00Z", true},   // Monday 11:59
		{weekend, "2026-01-09T10:00:00Z", false},  // Friday 11:00
		{always, "2026-03-29T01:30:00Z", true},
		{nil, "2026-01-05T10:00:00Z", false}, // unconfirmed hours are never open
	} {
		at, _ := time.Parse(time.RFC3339, tt.at)
		if got := tt.h.OpenAt(at); got != tt.want {
			t.Errorf("%s at %s: open %v, want %v", tt.h.DataHours(), tt.at, got, tt.want)
		}
	}
}

func TestDataHours(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{`{always: true}`, "0-10080"},
		{`{open: [{days: mon-fri, from: "09:00", to: "17:00"}]}`, "540-1020 1980-2460 3420-3900 4860-5340 6300-6780"},
		// Sunday evening runs into Monday morning: the week wraps.
		{`{open: [{days: sun, from: "20:00", to: "02:00"}]}`, "0-120 9840-10080"},
		// Ranges that touch are one range.
		{`{open: [{days: mon-tue, from: "00:00", to: "24:00"}, {days: wed, from: "00:00", to: "06:00"}]}`, "0-3240"},
	} {
		if got := parseHours(t, tt.src).DataHours(); got != tt.want {
			t.Errorf("%s: DataHours() = %q, want %q", tt.src, got, tt.want)
		}
	}
	if got := (*Hours)(nil).DataHours(); got != "" {
		t.Errorf("nil hours: %q, want \"\"", got)
	}
}
