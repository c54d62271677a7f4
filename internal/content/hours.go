package content

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // OpenAt needs Europe/Amsterdam on every machine, with or without a zoneinfo folder

	"gopkg.in/yaml.v3"
)

// A Day is a day of the week counted the Dutch way, Monday first (0), so
// that a run such as mon-fri is a range of numbers.
type Day int

// The days of the week.
const (
	Monday Day = iota
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
	Sunday
)

// dayCodes are the days as helplines.yaml writes them, Monday first.
var dayCodes = [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// MinutesPerDay and MinutesPerWeek bound the minutes of Span and of the
// week that DataHours counts in.
const (
	MinutesPerDay  = 24 * 60
	MinutesPerWeek = 7 * MinutesPerDay
)

// Hours are when a line answers, in Europe/Amsterdam time, parsed once when
// helplines.yaml is read: the templates write them for readers, DataHours
// writes them for the script's "open now" badges, and OpenAt says what
// they mean. A nil *Hours means the hours are not confirmed.
type Hours struct {
	Always bool   // day and night, every day
	Spans  []Span // otherwise: the runs of days with their opening times

	// problems are what UnmarshalYAML found wrong, each at its line.
	// loadHelplines reports them and drops the hours, so one bad span
	// does not make the whole file unreadable (and every link to the
	// help page's sections with it).
	problems []lineError
}

// A Span is a run of days with the same opening times, as an editor writes
// it: {days: mon-fri, from: "09:00", to: "17:00"}.
type Span struct {
	// First and Last are the run's first and last day. Last before First
	// runs over the weekend (sat-mon); First == Last is one day.
	First, Last Day
	// From and To are minutes after midnight (0 to 1440). To at or before
	// From runs past midnight into the next day (20:00-02:00).
	From, To int
}

// EveryDay reports whether the span covers the whole week.
func (s Span) EveryDay() bool { return s.First == Monday && s.Last == Sunday }

// has reports whether day d is one of the span's days.
func (s Span) has(d Day) bool {
	if s.First <= s.Last {
		return d >= s.First && d <= s.Last
	}
	return d >= s.First || d <= s.Last
}

// covers reports whether minute m (after midnight) of day d is inside the
// span: on one of its days, or in the small hours after one of them when
// the span runs past midnight.
func (s Span) covers(d Day, m int) bool {
	if s.From < s.To {
		return s.has(d) && m >= s.From && m < s.To
	}
	return s.has(d) && m >= s.From || s.has((d+6)%7) && m < s.To
}

// openOn reports whether the hours cover minute m of day d.
func (h *Hours) openOn(d Day, m int) bool {
	if h.Always {
		return true
	}
	for _, s := range h.Spans {
		if s.covers(d, m) {
			return true
		}
	}
	return false
}

// amsterdam is the time zone every opening time is given in.
var amsterdam, amsterdamErr = time.LoadLocation("Europe/Amsterdam")

// OpenAt reports whether the hours cover instant t, read as Dutch time
// (time/tzdata makes the zone available everywhere). It is the meaning the
// script's "open now" badges must agree with: a Go test writes its answers
// to jstest/testdata/hours.json and the script's tests check them.
func (h *Hours) OpenAt(t time.Time) bool {
	if h == nil || amsterdamErr != nil {
		return false
	}
	t = t.In(amsterdam)
	d := Day((int(t.Weekday()) + 6) % 7)
	return h.openOn(d, t.Hour()*60+t.Minute())
}

// DataHours writes the hours for the script, the one format site.js reads
// from data-hours: the minutes of the week (0 is Monday 00:00 in Amsterdam,
// 10080 the next Monday) in which the line is open, as half-open ranges
// "from-to" separated by spaces, in order: "540-1020 1980-2460". Day and
// night is "0-10080". The script only compares numbers: it knows no day
// names, no clock times and no midnight rule, so it cannot read them
// differently from OpenAt. Unconfirmed (nil) hours write "", and get no
// badge.
func (h *Hours) DataHours() string {
	if h == nil {
		return ""
	}
	var b strings.Builder
	start := -1 // start of the open range being written, or -1
	for m := 0; m <= MinutesPerWeek; m++ {
		open := m < MinutesPerWeek && h.openOn(Day(m/MinutesPerDay), m%MinutesPerDay)
		switch {
		case open && start < 0:
			start = m
		case !open && start >= 0:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(strconv.Itoa(start) + "-" + strconv.Itoa(m))
			start = -1
		}
	}
	return b.String()
}

// Clock writes minutes after midnight as a time: 540 → "09:00".
func Clock(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

// UnmarshalYAML reads hours as helplines.yaml writes them, {always: true}
// or {open: [{days: mon-fri, from: "09:00", to: "17:00"}, …]}, and notes
// anything else at its line (see problems), so a typo never reaches a
// reader as a wrong "open now". Every bad span is noted, not only the first.
func (h *Hours) UnmarshalYAML(n *yaml.Node) error {
	*h = Hours{}
	bad := func(line int, format string, args ...any) {
		h.problems = append(h.problems, lineError{line: line, msg: "opening hours: " + fmt.Sprintf(format, args...)})
	}
	if n.Kind != yaml.MappingNode {
		bad(n.Line, "write {always: true} or a list under open")
		return nil
	}
	var hasOpen bool
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		switch key.Value {
		case "always":
			if err := val.Decode(&h.Always); err != nil || !h.Always {
				bad(val.Line, "always is true or left out, not %q", val.Value)
			}
		case "open":
			hasOpen = true
			if val.Kind != yaml.SequenceNode || len(val.Content) == 0 {
				bad(val.Line, "open is a list of {days, from, to}")
				continue
			}
			for _, item := range val.Content {
				if s, ok := parseSpan(item, bad); ok {
					h.Spans = append(h.Spans, s)
				}
			}
		default:
			bad(key.Line, "unknown field %q: check its spelling", key.Value)
		}
	}
	switch {
	case h.Always && hasOpen:
		bad(n.Line, "write always: true or a list under open, not both")
	case !h.Always && !hasOpen && len(h.problems) == 0:
		bad(n.Line, "write {always: true} or a list under open")
	}
	return nil
}

// parseSpan reads one {days, from, to}, reporting what is wrong through bad.
func parseSpan(n *yaml.Node, bad func(int, string, ...any)) (Span, bool) {
	var s Span
	if n.Kind != yaml.MappingNode {
		bad(n.Line, "each entry under open is {days: mon-fri, from: \"09:00\", to: \"17:00\"}")
		return s, false
	}
	ok, seen := true, map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		seen[key.Value] = true
		var good bool
		switch key.Value {
		case "days":
			s.First, s.Last, good = parseDays(val.Value)
			if !good {
				bad(val.Line, "days %q are not a day or a run of days such as mon-fri or sat (mon tue wed thu fri sat sun)", val.Value)
			}
		case "from", "to":
			var m int
			if m, good = parseClock(val.Value); !good {
				bad(val.Line, "%s %q is not a time such as \"09:00\" (00:00 to 24:00)", key.Value, val.Value)
			} else if key.Value == "from" {
				s.From = m
			} else {
				s.To = m
			}
		default:
			bad(key.Line, "unknown field %q: check its spelling", key.Value)
		}
		ok = ok && good
	}
	for _, k := range []string{"days", "from", "to"} {
		if !seen[k] {
			bad(n.Line, "an entry under open has no %s", k)
			ok = false
		}
	}
	switch {
	case ok && s.From == MinutesPerDay:
		bad(n.Line, "from is 24:00: write 00:00 and the next day")
		ok = false
	case ok && s.From == s.To:
		bad(n.Line, "from and to are both %s: write always: true for day and night, or the real times", Clock(s.From))
		ok = false
	}
	return s, ok
}

// parseDays reads "mon", "mon-fri" or "sat-mon".
func parseDays(v string) (first, last Day, ok bool) {
	a, b, isRun := strings.Cut(v, "-")
	first, ok = dayOf(a)
	last = first
	if ok && isRun {
		last, ok = dayOf(b)
	}
	return first, last, ok
}

func dayOf(code string) (Day, bool) {
	for i, c := range dayCodes {
		if c == code {
			return Day(i), true
		}
	}
	return 0, false
}

// parseClock reads "HH:MM", 00:00 to 24:00, into minutes after midnight.
func parseClock(v string) (int, bool) {
	if len(v) != 5 || v[2] != ':' {
		return 0, false
	}
	hh, err1 := strconv.Atoi(v[:2])
	mm, err2 := strconv.Atoi(v[3:])
	if err1 != nil || err2 != nil || v[0] == '+' || v[0] == '-' || v[3] == '+' || v[3] == '-' ||
		hh < 0 || mm < 0 || mm > 59 || hh > 24 || hh == 24 && mm != 0 {
		return 0, false
	}
	return hh*60 + mm, true
}
