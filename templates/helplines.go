package templates

import (
	"context"
	"slices"
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

// dayMessages are the message IDs of the weekdays, Monday first, indexed
// by content.Day.
var dayMessages = [7]string{"day_mon", "day_tue", "day_wed", "day_thu", "day_fri", "day_sat", "day_sun"}

// hoursText writes opening hours in the reader's language:
// "elke dag 11:00–21:00", "ma–vr 09:00–17:00", "dag en nacht".
func hoursText(ctx context.Context, h *content.Hours) string {
	if h == nil {
		return ""
	}
	if h.Always {
		return lang.T(ctx, "hoursAlways")
	}
	parts := make([]string, 0, len(h.Spans))
	for _, s := range h.Spans {
		parts = append(parts, daysText(ctx, s)+" "+content.Clock(s.From)+"–"+content.Clock(s.To))
	}
	return strings.Join(parts, "; ")
}

// daysText writes a span's days: every day → "elke dag", Monday to
// Friday → "ma–vr", one day → "za".
func daysText(ctx context.Context, s content.Span) string {
	switch {
	case s.EveryDay():
		return lang.T(ctx, "everyDay")
	case s.First == s.Last:
		return lang.T(ctx, dayMessages[s.First])
	}
	return lang.T(ctx, dayMessages[s.First]) + "–" + lang.T(ctx, dayMessages[s.Last])
}

// yesNo picks the text of a known yes or no; unknown (nil) stays empty.
func yesNo(b *bool, yes, no string) string {
	switch {
	case b == nil:
		return ""
	case *b:
		return yes
	default:
		return no
	}
}

// easyRead reports whether a page is in easy-read words, where help-line
// cards use each line's easy text and leave out the harder facts.
func easyRead(v View) bool {
	return v.Page != nil && v.Page.Audience == content.AudienceEasyRead
}

// dayAndNight returns the lines that answer the phone day and night and say
// in a few words what they are for, in file order: what the help page puts
// first, so a reader at any hour reaches a person from the first screen.
func dayAndNight(s *content.Site) []*content.Helpline {
	var out []*content.Helpline
	for _, h := range s.Helplines {
		if h.Phone != "" && h.Hours != nil && h.Hours.Always && len(h.Short) > 0 {
			out = append(out, h)
		}
	}
	return out
}

// sameHours reports whether a line's phone and chat keep the same hours,
// so an easy-read card can say them once.
func sameHours(h *content.Helpline) bool {
	return h.Chat != "" && h.Hours.DataHours() == h.ChatHours.DataHours()
}

// chatLabel names a chat link by what it does ("Chat met Veilig Thuis"),
// never by a bare address, which breaks badly on a narrow phone and says
// nothing to a reader. A line may give its own label.
func chatLabel(ctx context.Context, v View, h *content.Helpline) string {
	if l := h.ChatLabel.In(v.Lang); l != "" {
		return l
	}
	return lang.Tf(ctx, "chatWith", map[string]any{"Name": shortName(v, h)})
}

// shortName is the line's name without an English gloss in brackets, for
// use inside a label: "Slachtofferhulp Nederland website".
func shortName(v View, h *content.Helpline) string {
	n := h.DisplayName(v.Lang)
	if i := strings.Index(n, " ("); i > 0 && v.Lang == lang.English {
		return n[:i]
	}
	return n
}

// checkedText says when a line's facts were last checked: "Gecontroleerd
// in november 2026", or "op 3 december 2026" when the day is known.
// Easy-read pages say it in short words: "Wij keken dit na in …".
func checkedText(ctx context.Context, v View, h *content.Helpline) string {
	month := map[string]any{"Month": lang.Month(v.Lang, h.Checked.Time)}
	day := map[string]any{"Date": lang.Date(v.Lang, h.Checked.Time)}
	switch {
	case h.Checked.MonthOnly && easyRead(v):
		return lang.Tf(ctx, "checkedInEasy", month)
	case h.Checked.MonthOnly:
		return lang.Tf(ctx, "checkedIn", month)
	case easyRead(v):
		return lang.Tf(ctx, "checkedOnEasy", day)
	default:
		return lang.Tf(ctx, "checkedOn", day)
	}
}

// languagesText tells readers of the English pages whether a line answers
// in English; Dutch pages say nothing, and a line whose languages facts.md
// does not give says nothing either.
func languagesText(ctx context.Context, v View, h *content.Helpline) string {
	if v.Lang != lang.English || len(h.Languages) == 0 {
		return ""
	}
	if slices.Contains(h.Languages, string(lang.English)) {
		return lang.T(ctx, "langEnglish")
	}
	if easyRead(v) {
		return lang.T(ctx, "langDutchOnlyEasy")
	}
	return lang.T(ctx, "langDutchOnly")
}

// securityShown writes the security contact as people read it: the address
// without "mailto:".
func securityShown(u string) string { return strings.TrimPrefix(u, "mailto:") }

// chooserWays and chooserWho are what the help chooser filters by, in the
// order it offers them; the values are those of helplines.yaml.
var (
	chooserWays = []string{"call", "chat", "text", "tip", "in-person"}
	chooserWho  = []string{"youth", "parents", "professionals"}
)

// wayLabels and whoLabels are the message IDs of the chooser's options,
// written out so TestUsedMessagesExist can read them.
var (
	wayLabels = map[string]string{"call": "how_call", "chat": "how_chat", "text": "how_text", "tip": "how_tip", "in-person": "how_in-person"}
	whoLabels = map[string]string{"youth": "who_youth", "parents": "who_parents", "professionals": "who_professionals"}
)

// waysOffered returns the ways of the chooser that at least one line
// offers: a filter that can only show an empty list ("text", when no
// confirmed line answers text messages) would send a reader away empty.
func waysOffered(s *content.Site) []string {
	var out []string
	for _, w := range chooserWays {
		for _, h := range s.Helplines {
			if slices.Contains(h.Ways, w) {
				out = append(out, w)
				break
			}
		}
	}
	return out
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
