package browsertest

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// The reader's path on a phone: what the first screen offers, how early a
// section shows its pages, and that the exit bar and language switch stay in
// reach without lying over the text.

// firstScreen is a small Android phone, 360×740, where the first screen was
// found to hold no way to reach a person.
var firstScreen = viewport{"360x740", 360, 740, true}

// plainTab is a tab like newTab's but without axe-core and the probes,
// which these tests do not use: injecting 500 kB into every document made
// them several times slower.
func plainTab(t *testing.T) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser(t), chromedp.WithNewBrowserContext())
	tb := &tab{ctx: ctx, cancel: cancel}
	if _, err := chromedp.Call(ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	if err := chromedp.Listen(ctx, tb.record); err != nil {
		cancel()
		t.Fatalf("listening to the tab: %v", err)
	}
	return tb
}

// at loads path at vp in a tab of its own and returns a context for it.
func at(t *testing.T, s *testSite, vp viewport, path string) (context.Context, func()) {
	t.Helper()
	tb := plainTab(t)
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	if err := chromedp.Do(ctx, vp.emulate(), chromedp.Navigate(s.URL+path), chromedp.Sleep(200*time.Millisecond)); err != nil {
		cancel()
		tb.cancel()
		t.Fatalf("%s at %s: %v", path, vp.Name, err)
	}
	return ctx, func() { cancel(); tb.cancel() }
}

func eval[T any](t *testing.T, ctx context.Context, what, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// TestHomeFirstScreen: on a 360×740 phone the home page's first screen
// has a heading that says what the site is for (not the logo again), a way
// to reach a person now (a call and a chat button, whole, on the first
// screen), and the doors right after it; it does not send the reader down
// ("look below"), and it mentions the Shift shortcut only where a keyboard
// is likely, while the tap version shows everywhere.
func TestHomeFirstScreen(t *testing.T) {
	s := liveSite(t)
	for _, c := range lang.All {
		home := s.Site.Content.Home(c)
		t.Run(string(c), func(t *testing.T) {
			ctx, done := at(t, s, firstScreen, home.Path)
			defer done()
			got := eval[struct {
				H1                   string
				LookBelow            bool
				Call, Chat           float64 // bottom edge of the first such link in the talk-now band, -1 if none
				Band, Doors          float64 // top of the band and of the doors
				ShiftShown, TapShown bool
				Height               float64
			}](t, ctx, "measuring the first screen", `(() => {
				const main = document.querySelector("main");
				const bottom = sel => { const e = [...main.querySelectorAll(sel)].find(e => e.checkVisibility()); return e ? e.getBoundingClientRect().bottom + scrollY : -1; };
				const top = sel => { const e = main.querySelector(sel); return e ? e.getBoundingClientRect().top + scrollY : -1; };
				const shown = re => [...main.querySelectorAll("p, span")].some(e => e.checkVisibility() && e.childNodes.length && [...e.childNodes].some(n => n.nodeType == 3 && re.test(n.textContent)));
				return {
					h1: document.querySelector("h1").textContent.trim(),
					lookBelow: /kijk hieronder|look below/i.test(main.textContent),
					call: bottom(".talk-now a[href^='tel:']"),
					chat: bottom(".talk-now a[href^='http']:not(.section-link)"),
					band: top(".talk-now"), doors: top(".doors"),
					shiftShown: shown(/Shift/), tapShown: [...main.querySelectorAll(".exit-note")].some(e => e.checkVisibility()),
					height: innerHeight,
				};
			})()`)
			if got.H1 == "" || strings.EqualFold(got.H1, "Signaal") {
				t.Errorf("%s: the h1 is %q: it repeats the logo instead of saying what the site is for", home.Path, got.H1)
			}
			if got.LookBelow {
				t.Errorf("%s: the text sends the reader down (\"kijk hieronder\") instead of showing the help", home.Path)
			}
			for what, b := range map[string]float64{"a call button": got.Call, "a chat button": got.Chat} {
				if b < 0 || b > got.Height {
					t.Errorf("%s at %s: %s in the talk-now band is not on the first screen (its bottom edge is at %.0f px, the screen is %.0f px high)", home.Path, firstScreen.Name, what, b, got.Height)
				}
			}
			if got.Band < 0 || got.Doors < 0 || got.Doors < got.Band {
				t.Errorf("%s: the talk-now band (top %.0f px) must come first, the doors (top %.0f px) right after it", home.Path, got.Band, got.Doors)
			}
			if got.ShiftShown {
				t.Errorf("%s on a touch phone: the Shift shortcut is mentioned, but there is no keyboard", home.Path)
			}
			if !got.TapShown {
				t.Errorf("%s on a touch phone: the note about the red exit button is not shown", home.Path)
			}
			t.Logf("%s at %s: call button ends at %.0f px, chat at %.0f px, doors start at %.0f px", home.Path, firstScreen.Name, got.Call, got.Chat, got.Doors)

			// With a mouse, the Shift shortcut is said.
			if err := chromedp.Do(ctx, desk.emulate(), chromedp.Navigate(s.URL+home.Path)); err != nil {
				t.Fatal(err)
			}
			if !eval[bool](t, ctx, "looking for the Shift tip", `[...document.querySelectorAll("main .exit-note *")].some(e => e.checkVisibility() && /Shift/.test(e.textContent))`) {
				t.Errorf("%s at %s: the Shift shortcut is not mentioned where a keyboard is likely", home.Path, desk.Name)
			}
		})
	}
}

// countHeading is a list heading that only counts ("6 pagina's").
var countHeading = regexp.MustCompile(`^\d+\s`)

// TestSectionFrontsShowPagesEarly: each section's list of pages starts
// within the first screen and a half of a 740 px high phone, under a
// heading that says what they are rather than how many.
func TestSectionFrontsShowPagesEarly(t *testing.T) {
	s := liveSite(t)
	tb := plainTab(t)
	defer tb.cancel()
	for _, c := range lang.All {
		for _, key := range []string{"young-people", "parents", "professionals", "groups"} {
			p := s.Site.Content.PageByKey(c, key)
			if p == nil {
				t.Fatalf("no %s section %q", c, key)
			}
			ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
			err := chromedp.Do(ctx, firstScreen.emulate(), chromedp.Navigate(s.URL+p.Path))
			var got struct {
				Heading string
				First   float64 // bottom of the first page in the list
			}
			if err == nil {
				got, err = chromedp.Run(ctx, chromedp.Evaluate[struct {
					Heading string
					First   float64
				}](`(() => {
					const l = document.querySelector(".section-list"), li = l && l.querySelector("li");
					return l ? {heading: l.querySelector("h2").textContent.trim(), first: li.getBoundingClientRect().bottom + scrollY} : {heading: "", first: -1};
				})()`))
			}
			cancel()
			if err != nil {
				t.Fatalf("%s: %v", p.Path, err)
			}
			if limit := 1.5 * float64(firstScreen.Height); got.First < 0 || got.First > limit {
				t.Errorf("%s at %s: the first page of the list ends at %.0f px, past 1.5 screens (%.0f px)", p.Path, firstScreen.Name, got.First, limit)
			}
			if got.Heading == "" || countHeading.MatchString(got.Heading) {
				t.Errorf("%s: the list of pages is headed %q: say what they are, not how many", p.Path, got.Heading)
			}
			t.Logf("%s: the first page in %q ends at %.0f px", p.Path, got.Heading, got.First)
		}
	}
}

// TestYouthSectionListsPagesForThem: a 15-year-old boy starts at "Voor
// jongeren": its list shows the pages for boys, for young people in care,
// and the easy-read pages, which live under Groups (listedIn).
func TestYouthSectionListsPagesForThem(t *testing.T) {
	s := liveSite(t)
	tb := plainTab(t)
	defer tb.cancel()
	for _, c := range lang.All {
		youth := s.Site.Content.PageByKey(c, "young-people")
		ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
		err := chromedp.Do(ctx, phone.emulate(), chromedp.Navigate(s.URL+youth.Path))
		var links []string
		if err == nil {
			links, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".section-list li > a")].filter(a => a.checkVisibility()).map(a => a.getAttribute("href"))`))
		}
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", youth.Path, err)
		}
		for _, key := range []string{"boys", "youth-in-care", "easy-read"} {
			p := s.Site.Content.PageByKey(c, key)
			if p == nil {
				t.Fatalf("no %s page %q", c, key)
			}
			found := false
			for _, l := range links {
				found = found || l == p.Path
			}
			if !found {
				t.Errorf("%s does not list %s (%s); it lists %v", youth.Path, p.Path, p.Title, links)
			}
		}
	}
}

// TestLangSwitchFollowsTheSection: a reader who scrolled to a section and
// switches language lands on the same section; the switch is in view while
// reading, and it points at the top again when the reader scrolls back up.
func TestLangSwitchFollowsTheSection(t *testing.T) {
	s := liveSite(t)
	for _, c := range lang.All {
		p := s.Site.Content.PageByKey(c, "safe-visit")
		if p == nil {
			t.Fatalf("no %s page safe-visit", c)
		}
		t.Run(string(c), func(t *testing.T) {
			ctx, done := at(t, s, phone, p.Path)
			defer done()
			got := eval[struct {
				Hash  string
				OnTop bool
			}](t, ctx, "scrolling to a section", `new Promise(r => {
				const h = document.getElementById("shared-phone");
				scrollTo(0, h.getBoundingClientRect().top + scrollY - 90);
				setTimeout(() => {
					const a = document.querySelector("a.lang-switch"), b = a.getBoundingClientRect();
					const hit = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
					r({hash: a.hash, onTop: b.top >= 0 && b.bottom <= innerHeight && !!hit && a.contains(hit)});
				}, 400);
			})`)
			if got.Hash != "#shared-phone" {
				t.Errorf("%s scrolled to #shared-phone: the language switch points at %q, want #shared-phone", p.Path, got.Hash)
			}
			if !got.OnTop {
				t.Errorf("%s scrolled down: the language switch is not in view and on top", p.Path)
			}
			back := eval[string](t, ctx, "scrolling back up", `new Promise(r => { scrollTo(0, 0); setTimeout(() => r(document.querySelector("a.lang-switch").hash), 400); })`)
			if back != "" {
				t.Errorf("%s scrolled back to the top: the language switch still points at %q", p.Path, back)
			}
		})
	}
}

// TestExitBarNeverCoversText: at every scroll position, on phones and the
// desk, the exit button is in the header bar, in view and the first thing
// under a tap on it, and the bar is opaque: text scrolls under the bar, it
// never shows through or around the button.
func TestExitBarNeverCoversText(t *testing.T) {
	s := liveSite(t)
	pages := []string{s.Site.Content.Home(lang.Dutch).Path, s.Site.Content.PageByKey(lang.English, "safe-visit").Path, s.Site.Content.PageByKey(lang.Dutch, "help").Path}
	for _, vp := range []viewport{phone, narrow, desk} {
		for _, path := range pages {
			t.Run(vp.Name+path, func(t *testing.T) {
				ctx, done := at(t, s, vp, path)
				defer done()
				for _, f := range []float64{0, 0.5, 1} {
					got := eval[struct {
						InBar, Tappable, Opaque, BarAtTop, Clear bool
						Bar                                      string
					}](t, ctx, "measuring the exit button", `new Promise(r => { scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * `+ftoa(f)+`); setTimeout(() => {
						const exit = [...document.querySelectorAll(".exit[data-exit]")].find(e => e.checkVisibility());
						const bar = exit && exit.closest("header");
						if (!exit || !bar) return r({bar: exit ? "none" : "no exit"});
						const e = exit.getBoundingClientRect(), b = bar.getBoundingClientRect();
						const hit = document.elementFromPoint(e.left + e.width / 2, e.top + e.height / 2);
						const bg = getComputedStyle(bar).backgroundColor;
						// Points all over the bar: each is the bar's, never the text's.
						let clear = true;
						for (let x = b.left + 2; x < b.right; x += 20) for (let y = b.top + 2; y < b.bottom; y += 10) {
							const el = document.elementFromPoint(x, y);
							if (el && !bar.contains(el)) clear = false;
						}
						r({inBar: e.top >= b.top && e.bottom <= b.bottom && e.left >= b.left && e.right <= b.right,
							tappable: !!hit && exit.contains(hit), opaque: /^rgb\(/.test(bg), barAtTop: Math.abs(b.top) < 1, clear, bar: bg});
					}, 150); })`)
					if !got.InBar || !got.BarAtTop {
						t.Errorf("%s at %s scrolled to %.0f%%: the exit button is not in a header bar at the top of the screen (%+v)", path, vp.Name, f*100, got)
					}
					if !got.Tappable {
						t.Errorf("%s at %s scrolled to %.0f%%: a tap on the exit button does not reach it", path, vp.Name, f*100)
					}
					if !got.Opaque || !got.Clear {
						t.Errorf("%s at %s scrolled to %.0f%%: the bar is not opaque (background %s) or text shows through it", path, vp.Name, f*100, got.Bar)
					}
				}
			})
		}
	}
}

func ftoa(f float64) string {
	switch f {
	case 0:
		return "0"
	case 1:
		return "1"
	}
	return "0.5"
}

// TestSectionLinkIsAControl: the link beside a heading is an icon, not a
// stray "#"; its name says what it does, and that name shows on hover and
// on keyboard focus.
func TestSectionLinkIsAControl(t *testing.T) {
	s := liveSite(t)
	for _, c := range lang.All {
		p := s.Site.Content.PageByKey(c, "safe-visit")
		t.Run(string(c), func(t *testing.T) {
			ctx, done := at(t, s, desk, p.Path)
			defer done()
			type look struct {
				Text, Before, Mask, Name, Label, After string
				AfterShown                             bool
			}
			const probe = `(() => {
				const a = document.querySelector("main a.section-link"), b = getComputedStyle(a, "::before"), f = getComputedStyle(a, "::after");
				return {text: a.textContent, before: b.content, mask: b.maskImage || b.webkitMaskImage || "", name: a.getAttribute("aria-label") || "",
					label: a.dataset.label || "", after: f.content, afterShown: f.content != "none" && f.content != "normal" && f.display != "none"};
			})()`
			rest := eval[look](t, ctx, "looking at a section link", probe)
			if strings.Contains(rest.Before, "#") || strings.TrimSpace(rest.Text) == "#" {
				t.Errorf("%s: the section link shows %s: a stray character, not a control", p.Path, rest.Before)
			}
			if !strings.HasPrefix(rest.Mask, "url(") {
				t.Errorf("%s: the section link has no icon (mask %q)", p.Path, rest.Mask)
			}
			if rest.Label == "" || !strings.HasPrefix(rest.Name, rest.Label) {
				t.Errorf("%s: the section link's shown label %q is not the start of its accessible name %q", p.Path, rest.Label, rest.Name)
			}
			if rest.AfterShown {
				t.Errorf("%s: the section link's label shows at rest", p.Path)
			}
			// Hover.
			box := eval[[]float64](t, ctx, "finding the link", `(() => { const a = document.querySelector("main a.section-link"); a.scrollIntoView({block: "center"}); const r = a.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
			if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, box[0], box[1]), chromedp.Sleep(100*time.Millisecond)); err != nil {
				t.Fatal(err)
			}
			if h := eval[look](t, ctx, "hovering", probe); !h.AfterShown || !strings.Contains(h.After, rest.Label) {
				t.Errorf("%s: hovering the section link does not show its label %q (::after %s)", p.Path, rest.Label, h.After)
			}
			if err := chromedp.Do(ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 1, 1), press("\t"), chromedp.Focus(chromedp.CSS("main a.section-link")), chromedp.Sleep(100*time.Millisecond)); err != nil {
				t.Fatal(err)
			}
			if k := eval[look](t, ctx, "focusing", probe); !k.AfterShown || !strings.Contains(k.After, rest.Label) {
				t.Errorf("%s: keyboard focus on the section link does not show its label %q (::after %s)", p.Path, rest.Label, k.After)
			}
		})
	}
}

// TestChecklistTalliesWhileTicking: ticking signs says, in a status region,
// how many are ticked and what to do next; nothing is stored.
func TestChecklistTalliesWhileTicking(t *testing.T) {
	s := liveSite(t)
	for _, c := range lang.All {
		var p *content.Page
		for _, q := range s.Site.Content.PagesIn(c) {
			if q.Layout == "signs" {
				p = q
			}
		}
		if p == nil {
			t.Fatalf("no %s page with the signs checklist", c)
		}
		t.Run(string(c), func(t *testing.T) {
			ctx, done := at(t, s, phone, p.Path)
			defer done()
			type state struct {
				Live, Count string
				InView      bool
				One, More   bool
				Stored      int
			}
			// The count is a status region, on screen while the reader
			// ticks (not only at the end of the list); the next step is
			// a status region too.
			const read = `(() => {
				const t = document.querySelector(".checklist [data-tally-count]"), next = document.querySelector(".checklist [data-tally]");
				if (!t || !next) return {live: "", count: ""};
				const shown = s => { const e = next.querySelector(s); return !!e && e.checkVisibility(); };
				const r = t.getBoundingClientRect();
				return {live: (t.getAttribute("role") || t.getAttribute("aria-live") || "") + "/" + (next.getAttribute("role") || next.getAttribute("aria-live") || ""),
					count: t.textContent.replace(/\s+/g, " ").trim(), inView: t.checkVisibility() && r.top >= 0 && r.bottom <= innerHeight,
					one: shown("[data-when=one]"), more: shown("[data-when=more]"), stored: localStorage.length + sessionStorage.length + document.cookie.length};
			})()`
			tick := func(i int) state {
				t.Helper()
				if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`(() => { const b = document.querySelectorAll(".checklist input[type=checkbox]")[`+strconv.Itoa(i)+`]; b.scrollIntoView({block: "center"}); })()`)); err != nil {
					t.Fatal(err)
				}
				box := eval[[]float64](t, ctx, "finding a checkbox", `(() => { const r = document.querySelectorAll(".checklist input[type=checkbox]")[`+strconv.Itoa(i)+`].getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`)
				if err := chromedp.Do(ctx, chromedp.TapXY(box[0], box[1]), chromedp.Sleep(100*time.Millisecond)); err != nil {
					t.Fatal(err)
				}
				return eval[state](t, ctx, "reading the tally", read)
			}
			one := tick(0)
			if one.Live != "status/status" {
				t.Fatalf("%s: the checklist's count and next step are not status regions (%q)", p.Path, one.Live)
			}
			if !one.InView {
				t.Errorf("%s: after ticking the first sign the count %q is not on screen", p.Path, one.Count)
			}
			if !strings.Contains(one.Count, "1") || !one.One || one.More {
				t.Errorf("%s after one tick: the status says %q (next step for one shown: %v, for more: %v)", p.Path, one.Count, one.One, one.More)
			}
			two := tick(1)
			if !strings.Contains(two.Count, "2") || two.One || !two.More {
				t.Errorf("%s after two ticks: the status says %q (next step for one shown: %v, for more: %v)", p.Path, two.Count, two.One, two.More)
			}
			if two.Stored != 0 {
				t.Errorf("%s: ticking stored something (%d)", p.Path, two.Stored)
			}
		})
	}
}

// TestPosterPrintButtonAndLook: a poster has a Print button that calls the
// browser's print (shown only with the script, never on paper), an
// editable line for the school's contact person that prints as text and is
// sent nowhere, and on paper a coloured head and a large, labelled QR code.
func TestPosterPrintButtonAndLook(t *testing.T) {
	s := liveSite(t)
	sec := s.Site.Content.PosterSections(lang.Dutch)
	if len(sec) == 0 {
		t.Fatal("no posters")
	}
	path := content.PosterPath(sec[0], content.PosterA4)
	tb := plainTab(t)
	defer tb.cancel()
	ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, desk.emulate(), chromedp.Navigate(s.URL+path), chromedp.Sleep(500*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	tb.take()
	printed := eval[bool](t, ctx, "pressing Print", `(() => {
		let called = false; window.print = () => { called = true; };
		const b = [...document.querySelectorAll("button")].find(b => b.checkVisibility() && /print/i.test(b.textContent));
		if (!b) return false;
		b.click(); return called;
	})()`)
	if !printed {
		t.Errorf("%s: no visible Print button that opens the print dialog", path)
	}
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#poster-contact"), "Mevrouw Jansen, kamer 12")); err != nil {
		t.Errorf("%s: no field for the school's contact person: %v", path, err)
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(300*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if reqs, _ := tb.take(); len(reqs) > 0 {
		t.Errorf("%s: typing the contact person sent requests: %v", path, reqs)
	}
	// On paper.
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	paper := eval[struct {
		Button      bool
		Contact     string
		ContactSeen bool
		Head        string
		QR          float64
		QRLabel     string
	}](t, ctx, "looking at the poster on paper", `(() => {
		const b = [...document.querySelectorAll("button")].find(b => /print/i.test(b.textContent));
		const i = document.querySelector("#poster-contact"), h = document.querySelector(".poster h1");
		const head = h && h.closest(".poster-head, header, div");
		const qr = document.querySelector(".poster-qr svg");
		return {button: !!b && b.checkVisibility(), contact: i ? i.value : "", contactSeen: !!i && i.checkVisibility(),
			head: head ? getComputedStyle(head).backgroundColor : "", qr: qr ? qr.getBoundingClientRect().width : 0,
			qrLabel: qr ? qr.closest(".poster-qr").textContent.trim() : ""};
	})()`)
	if paper.Button {
		t.Errorf("%s: the Print button shows on paper", path)
	}
	if !paper.ContactSeen || paper.Contact != "Mevrouw Jansen, kamer 12" {
		t.Errorf("%s: on paper the contact person reads %q (shown: %v)", path, paper.Contact, paper.ContactSeen)
	}
	if paper.Head != "rgb(11, 79, 108)" {
		t.Errorf("%s: on paper the headline has no colour of the site's palette behind it (%q)", path, paper.Head)
	}
	// 45 mm at 96 px an inch: large enough to scan from across a corridor.
	if minPx := 45 / 25.4 * 96; paper.QR < minPx {
		t.Errorf("%s: on paper the QR code is %.0f px wide, want at least %.0f (45 mm)", path, paper.QR, minPx)
	}
	if paper.QRLabel == "" {
		t.Errorf("%s: the QR code has no label", path)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
		t.Fatal(err)
	}
	// Without the script, no button that does nothing.
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(s.URL+path)); err != nil {
		t.Fatal(err)
	}
	if eval[bool](t, ctx, "looking without script", `[...document.querySelectorAll("button")].some(b => b.checkVisibility() && /print/i.test(b.textContent))`) {
		t.Errorf("%s: without JavaScript a Print button shows that cannot work", path)
	}
}

// The footer is one column, lined up with the page's text: at desk width
// every block in it (the 112 line, the links, the privacy line, the
// publisher line) starts at the same left edge, so no line looks adrift.
func TestFooterIsOneColumn(t *testing.T) {
	s := liveSite(t)
	for _, c := range lang.All {
		path := s.Site.Content.Home(c).Path
		t.Run(string(c), func(t *testing.T) {
			ctx, done := at(t, s, desk, path)
			defer done()
			lefts := eval[map[string]float64](t, ctx, "measuring the footer", `Object.fromEntries([...document.querySelectorAll(".site-footer > *")].map(e => [e.tagName.toLowerCase() + "." + e.className, Math.round(e.getBoundingClientRect().left)]))`)
			if len(lefts) < 4 {
				t.Fatalf("%s: the footer has %d blocks, want at least 4: %v", path, len(lefts), lefts)
			}
			main := eval[float64](t, ctx, "measuring the text", `Math.round(document.querySelector("main h1").getBoundingClientRect().left)`)
			for name, left := range lefts {
				if left != main {
					t.Errorf("%s at %s: footer block %s starts at %.0f px, the page's text at %.0f px", path, desk.Name, name, left, main)
				}
			}
		})
	}
}
