package templates

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// telHref returns the tel: address of a Dutch phone number as it is dialled
// in the Netherlands: digits only ("0800-0432" → "tel:08000432").
func telHref(number string) string {
	var b strings.Builder
	for _, r := range number {
		if unicode.IsDigit(r) || r == '+' {
			b.WriteRune(r)
		}
	}
	return "tel:" + b.String()
}

// spokenDigits writes a phone number the way it is said: digit by digit,
// with a pause (a comma) where the written number has a dash or a space.
// Read as written, "0800-0432" comes out of a screen reader as "eight
// hundred minus four hundred thirty-two" and "112" as "one hundred and
// twelve"; nobody dials that.
func spokenDigits(number string) string {
	var b strings.Builder
	sep := "" // what goes before the next digit: nothing, a space, or a pause
	for _, r := range number {
		switch {
		case unicode.IsDigit(r) || r == '+':
			b.WriteString(sep)
			b.WriteRune(r)
			sep = " "
		case b.Len() > 0:
			sep = ", "
		}
	}
	return b.String()
}

// dayNames are the message IDs of the weekdays, Monday first.
var dayNames = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// hoursText writes opening hours in the reader's language:
// "elke dag 11:00–21:00", "ma–vr 9:00–17:00", "dag en nacht".
func hoursText(ctx context.Context, h *content.Hours) string {
	if h == nil {
		return ""
	}
	if h.Always {
		return lang.T(ctx, "hoursAlways")
	}
	var parts []string
	for _, r := range h.Open {
		parts = append(parts, fmt.Sprintf("%s %s–%s", daysText(ctx, r.Days), r.From, r.To))
	}
	return strings.Join(parts, "; ")
}

// daysText writes a day range: "mon-sun" → "elke dag", "mon-fri" → "ma–vr".
func daysText(ctx context.Context, days string) string {
	if days == "mon-sun" {
		return lang.T(ctx, "everyDay")
	}
	from, to, ok := strings.Cut(days, "-")
	if !ok {
		return lang.T(ctx, "day_"+from)
	}
	return lang.T(ctx, "day_"+from) + "–" + lang.T(ctx, "day_"+to)
}

// yesNo writes a known yes or no; unknown (nil) stays empty.
func yesNo(ctx context.Context, b *bool, yes, no string) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return lang.T(ctx, yes)
	default:
		return lang.T(ctx, no)
	}
}

// hostOf shows a web address without its scheme, as people say it.
func hostOf(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(u, "www."), "/")
}

// chooserWays and chooserWho are what the help chooser filters by, in the
// order it offers them; the values are those of helplines.yaml.
var (
	chooserWays = []string{"call", "chat", "text", "tip", "in-person"}
	chooserWho  = []string{"youth", "parents", "professionals"}
)

// waysOffered returns the ways of the chooser that at least one line
// offers: a filter that can only show an empty list ("text", when no
// confirmed line answers text messages) would send a reader away empty.
func waysOffered(s *content.Site) []string {
	var out []string
	for _, w := range chooserWays {
		for _, h := range s.Helplines {
			if content.Has(h.Ways, w) {
				out = append(out, w)
				break
			}
		}
	}
	return out
}

// hoursData writes opening hours for the script that shows "open now":
// "always", or "mon-fri 09:00-17:00,sat 10:00-14:00". It is only called for
// hours that hoursText can write, so unknown hours get no badge either.
func hoursData(h *content.Hours) string {
	if h == nil {
		return ""
	}
	if h.Always {
		return "always"
	}
	parts := make([]string, 0, len(h.Open))
	for _, r := range h.Open {
		parts = append(parts, r.Days+" "+r.From+"-"+r.To)
	}
	return strings.Join(parts, ",")
}

// agesText writes the age range a line is for: "12 tot 18 jaar", or one
// bound when the source gives only one; nothing when it is unknown.
func agesText(ctx context.Context, a *content.Ages) string {
	switch {
	case a == nil || a.From == 0 && a.To == 0:
		return ""
	case a.To == 0:
		return lang.Tf(ctx, "ageFrom", map[string]any{"From": a.From})
	case a.From == 0:
		return lang.Tf(ctx, "ageTo", map[string]any{"To": a.To})
	}
	return lang.Tf(ctx, "ageRange", map[string]any{"From": a.From, "To": a.To})
}
