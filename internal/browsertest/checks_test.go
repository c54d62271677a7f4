package browsertest

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// A finding is one broken rule on one page: Rule names the rule ("axe
// color-contrast", "font-size", "keyboard skip-link"), Detail says where.
type finding struct {
	Rule, Detail string
}

func (f finding) String() string { return f.Rule + ": " + f.Detail }

// axeTags are the axe-core rule sets the gate enforces: WCAG 2.0, 2.1 and
// 2.2, levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// minTextPx is the smallest text a reader may get, small print included.
const minTextPx = 16

// A checker visits pages of one origin and applies every rule.
type checker struct {
	origin string // scheme://host:port of the site under test
}

type axeViolation struct {
	ID, Impact, Help string
	Nodes            []struct{ Target, Summary string }
}

type smallText struct {
	El   string
	Size float64
	What string
}

type overflowResult struct {
	ScrollWidth, ClientWidth float64
	Offenders                []string
}

type storageResult struct {
	LocalStorage, SessionStorage, IndexedDB, Caches []string
	Cookie                                          string
	ServiceWorkers                                  int
}

type focusInfo struct {
	Index     int
	El        string
	Indicator bool
	Style     map[string]string
	OnScreen  bool
}

type menuInfo struct {
	Index          int
	El             string
	Open           bool
	SummaryShown   bool
	SummaryTarget  int
	Links          int
	LinksShown     int
	FocusInside    bool
	Active         string
	SkipLinkTarget string
}

// visit loads one page at one viewport and returns every rule it breaks.
// It runs the checks in an order that keeps each one honest: the ones that
// only look come first, the keyboard walk next, the language switch (which
// leaves the page) last, and the storage and network checks after it, so
// they see everything the visit did.
func (c *checker) visit(tb *tab, path string, status int64, vp viewport) []finding {
	ctx, cancel := context.WithTimeout(tb.ctx, 90*time.Second)
	defer cancel()
	var fs []finding
	add := func(rule, format string, args ...any) {
		fs = append(fs, finding{rule, fmt.Sprintf(format, args...)})
	}
	fail := func(step string, err error) []finding {
		add("browser", "%s: %v", step, err)
		return fs
	}

	if err := chromedp.Do(ctx, vp.emulate()); err != nil {
		return fail("emulating the viewport", err)
	}
	tb.take()
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(c.origin+path))
	if err != nil {
		return fail("loading", err)
	}
	if resp.Status != status {
		add("status", "answered %d, want %d", resp.Status, status)
	}
	// axe-core, in the light scheme at both sizes, and the colours again
	// in the dark scheme at desk size (the markup is the same at both).
	vs, err := runAxe(ctx, fmt.Sprintf(`{type: "tag", values: %s}`, jsStrings(axeTags)))
	if err != nil {
		return fail("running axe", err)
	}
	reportAxe(vs, "axe ", add)
	if !vp.Mobile {
		dark := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, dark); err != nil {
			return fail("emulating the dark scheme", err)
		}
		vs, err := runAxe(ctx, `{type: "rule", values: ["color-contrast", "link-in-text-block"]}`)
		if err != nil {
			return fail("running axe in the dark scheme", err)
		}
		reportAxe(vs, "axe dark ", add)
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{}}); err != nil {
			return fail("leaving the dark scheme", err)
		}
	}

	// Text size.
	small, err := chromedp.Run(ctx, chromedp.Evaluate[[]smallText](fmt.Sprintf("__probe.smallText(%d)", minTextPx)))
	if err != nil {
		return fail("measuring text", err)
	}
	for _, s := range small {
		add("font-size", "%s %s is %gpx, under %dpx", s.El, s.What, s.Size, minTextPx)
	}

	// Sideways scrolling at this size.
	if err := c.overflow(ctx, vp, add); err != nil {
		return fail("measuring overflow", err)
	}

	// Keyboard.
	if err := c.keyboard(ctx, add); err != nil {
		return fail("keyboard", err)
	}

	// The narrowest phone we support: 320 px.
	if vp.Mobile {
		if err := chromedp.Do(ctx, narrow.emulate()); err != nil {
			return fail("emulating 320 px", err)
		}
		if err := c.overflow(ctx, narrow, add); err != nil {
			return fail("measuring overflow", err)
		}
		if err := chromedp.Do(ctx, vp.emulate()); err != nil {
			return fail("emulating the viewport", err)
		}
	}

	// The language switch, by keyboard. Following it loads a page, so it
	// is done at phone size only: the markup is the same at both sizes,
	// and at desk size the check that it shows and is reached remains.
	if err := c.langSwitch(ctx, vp.Mobile, add); err != nil {
		return fail("language switch", err)
	}

	// Nothing stored.
	st, err := chromedp.Run(ctx, chromedp.Evaluate[storageResult]("__probe.storage()", chromedp.EvalAwaitPromise))
	if err != nil {
		return fail("reading storage", err)
	}
	stored := 0
	for what, keys := range map[string][]string{"localStorage": st.LocalStorage, "sessionStorage": st.SessionStorage, "IndexedDB": st.IndexedDB, "CacheStorage": st.Caches} {
		if len(keys) > 0 {
			stored++
			add("storage", "%s holds %s", what, strings.Join(keys, ", "))
		}
	}
	if st.ServiceWorkers > 0 {
		stored++
		add("storage", "%d service worker registered", st.ServiceWorkers)
	}
	cookies, err := chromedp.Call(ctx, network.GetCookies, network.GetCookiesParams{URLs: []string{c.origin + "/"}})
	if err != nil {
		return fail("reading cookies", err)
	}
	for _, k := range cookies.Cookies {
		add("storage", "cookie %q set (domain %s)", k.Name, k.Domain)
	}
	if len(cookies.Cookies) == 0 && st.Cookie != "" {
		add("storage", "document.cookie is %q", st.Cookie)
	}
	if stored > 0 || len(cookies.Cookies) > 0 || st.Cookie != "" {
		// Start the next visit of this tab clean, so what it finds is
		// its own. (Clearing costs time, so only when needed.)
		if err := clearStorage(ctx, c.origin); err != nil {
			return fail("clearing storage", err)
		}
	}

	// Only our own origin, and no script errors or CSP reports.
	requests, errs := tb.take()
	seen := map[string]bool{}
	for _, r := range requests {
		if !c.sameOrigin(r) && !seen[r] {
			seen[r] = true
			add("third-party request", "%s", r)
		}
	}
	for _, e := range errs {
		add("console", "%s", e)
	}
	return fs
}

// sameOrigin says whether a request stays on the site. data: addresses load
// nothing from anywhere and are allowed.
func (c *checker) sameOrigin(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	if u.Scheme == "data" {
		return true
	}
	return u.Scheme+"://"+u.Host == c.origin
}

func (c *checker) overflow(ctx context.Context, vp viewport, add func(rule, format string, args ...any)) error {
	o, err := chromedp.Run(ctx, chromedp.Evaluate[overflowResult]("__probe.overflow()"))
	if err != nil {
		return err
	}
	if o.ScrollWidth > o.ClientWidth {
		add("overflow", "at %dpx wide the page scrolls sideways (%gpx of content in %gpx): %s",
			vp.Width, o.ScrollWidth, o.ClientWidth, strings.Join(o.Offenders, "; "))
	}
	return nil
}

// press sends one key, as a keyboard does, to the focused element.
func press(key string, opts ...chromedp.KeyOption) chromedp.Action[chromedp.Void] {
	return chromedp.KeyEvent(key, opts...)
}

// keyboard walks the page with Tab from the top, and then uses the skip
// link and every <details> menu with keys alone.
func (c *checker) keyboard(ctx context.Context, add func(rule, format string, args ...any)) error {
	targets, err := chromedp.Run(ctx, chromedp.Evaluate[[]string]("__probe.startWalk()"))
	if err != nil {
		return err
	}
	// One Tab more than there are targets: every target once, and then
	// out of the page or round to the start.
	tabs := make([]chromedp.Action[chromedp.Void], len(targets)+1)
	for i := range tabs {
		tabs[i] = press("\t")
	}
	if err := chromedp.Do(ctx, tabs...); err != nil {
		return err
	}
	walk, err := chromedp.Run(ctx, chromedp.Evaluate[[]focusInfo]("__probe.walk()"))
	if err != nil {
		return err
	}
	reached := make([]bool, len(targets))
	first, second := -1, -1
	var noRing, offScreen []string
	for i, f := range walk {
		if i == 1 {
			second = f.Index
		}
		if i == 0 {
			first = f.Index
			if first < 0 {
				add("keyboard skip-link", "the first Tab stop is %s, which is not a link on the page", f.El)
			}
		}
		if f.Index >= 0 {
			if reached[f.Index] {
				continue
			}
			reached[f.Index] = true
		}
		if !f.Indicator {
			noRing = append(noRing, fmt.Sprintf("%s (outline %s %s, box-shadow %s)", f.El, f.Style["outlineStyle"], f.Style["outlineWidth"], f.Style["boxShadow"]))
		}
		if !f.OnScreen {
			offScreen = append(offScreen, f.El)
		}
	}
	addAll(add, "keyboard focus-visible", "%s shows no focus indicator", noRing)
	addAll(add, "keyboard focus-visible", "%s gets focus but cannot be seen (outside the page, or under 1 px)", offScreen)
	var missed []string
	for i, ok := range reached {
		if !ok {
			missed = append(missed, targets[i])
		}
	}
	addAll(add, "keyboard reach", "%s cannot be reached with Tab", missed)

	// The skip link: first, to <main>, and it works with Enter. Only the
	// quick exit may come before it: a reader who must leave reaches the
	// way out first.
	if first >= 0 && second >= 0 {
		exit, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf("__probe.isExit(%d)", first)))
		if err != nil {
			return err
		}
		if exit {
			first = second
		}
	}
	if len(targets) == 0 {
		add("keyboard skip-link", "the page has nothing to Tab to, not even a skip link")
	} else if first >= 0 {
		sk, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
			IsLink, InPage bool
			Target         string
			Main           bool
		}](fmt.Sprintf("__probe.skipLink(%d)", first)))
		if err != nil {
			return err
		}
		if !sk.IsLink || !sk.Main {
			why := "it is not a link"
			switch {
			case sk.IsLink && !sk.InPage:
				why = "it leads to another page"
			case sk.IsLink && sk.Target == "":
				why = "its anchor does not exist"
			case sk.IsLink:
				why = "it leads to " + sk.Target
			}
			add("keyboard skip-link", "the first Tab stop %s is not a skip link to <main>: %s", targets[first], why)
		} else {
			if err := focusAndPress(ctx, first, "\r"); err != nil {
				return err
			}
			var after struct {
				Hash        string
				MainFocused bool
				Active      string
				MainTop     float64
			}
			if err := poll(ctx, func() (bool, error) {
				after, err = chromedp.Run(ctx, chromedp.Evaluate[struct {
					Hash        string
					MainFocused bool
					Active      string
					MainTop     float64
				}](fmt.Sprintf("__probe.afterSkip(%d)", first)))
				return err == nil && after.MainFocused, err
			}); err != nil {
				return err
			}
			if !after.MainFocused {
				add("keyboard skip-link", "Enter on %s leaves focus on %s, not in <main>", targets[first], after.Active)
			}
			h, err := chromedp.Run(ctx, chromedp.Evaluate[float64]("innerHeight"))
			if err != nil {
				return err
			}
			if after.MainTop < -2 || after.MainTop >= h {
				add("keyboard skip-link", "after Enter on %s, <main> is not in view (its top at %gpx)", targets[first], after.MainTop)
			}
		}
	}

	// Every <details> menu opens and closes from the keyboard; one whose
	// summary is hidden must show its links.
	menus, err := chromedp.Run(ctx, chromedp.Evaluate[[]menuInfo]("__probe.menus()"))
	if err != nil {
		return err
	}
	for _, m := range menus {
		if !m.SummaryShown {
			if !m.Open && m.Links > 0 && m.LinksShown == 0 {
				add("keyboard menu", "%s is closed and its summary is hidden, so its %d links cannot be reached", m.El, m.Links)
			}
			continue
		}
		if m.SummaryTarget < 0 {
			continue // reported above as unreachable
		}
		state := func() (menuInfo, error) {
			return chromedp.Run(ctx, chromedp.Evaluate[menuInfo](fmt.Sprintf("__probe.menuState(%d)", m.Index)))
		}
		if err := focusAndPress(ctx, m.SummaryTarget, "\r"); err != nil {
			return err
		}
		s, err := state()
		if err != nil {
			return err
		}
		if s.Open == m.Open {
			add("keyboard menu", "Enter on the summary of %s does not open it", m.El)
			continue
		}
		if m.Links > 0 {
			if err := chromedp.Do(ctx, press("\t")); err != nil {
				return err
			}
			if s, err = state(); err != nil {
				return err
			}
			if !s.FocusInside {
				add("keyboard menu", "after opening %s, Tab goes to %s, not into the menu", m.El, s.Active)
			}
		}
		if err := focusAndPress(ctx, m.SummaryTarget, " "); err != nil {
			return err
		}
		if s, err = state(); err != nil {
			return err
		}
		if s.Open != m.Open {
			add("keyboard menu", "Space on the summary of %s does not close it again", m.El)
		}
	}
	return nil
}

// langSwitch follows the link to the other language with Enter and checks
// where it lands.
func (c *checker) langSwitch(ctx context.Context, follow bool, add func(rule, format string, args ...any)) error {
	ls, err := chromedp.Run(ctx, chromedp.Evaluate[*struct {
		Target         int
		Href, Hreflang string
		El             string
	}]("__probe.langSwitch()"))
	if err != nil {
		return err
	}
	if ls == nil {
		add("keyboard lang-switch", "no visible link to the other language (a[hreflang])")
		return nil
	}
	if ls.Target < 0 || !follow {
		return nil // reported as unreachable, or followed at another size
	}
	wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err = chromedp.Run(wctx, chromedp.WaitEvent(page.LoadEventFired, nil, focusAndPressAction(ls.Target, "\r")))
	if errors.Is(err, context.DeadlineExceeded) {
		add("keyboard lang-switch", "Enter on %s loads no page", ls.El)
		return nil
	}
	if err != nil {
		return err
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ URL, Lang string }](`({url: location.href, lang: document.documentElement.lang})`))
	if err != nil {
		return err
	}
	if got.URL != ls.Href || got.Lang != ls.Hreflang {
		add("keyboard lang-switch", "Enter on %s went to %s (lang %q), want %s (lang %q)", ls.El, got.URL, got.Lang, ls.Href, ls.Hreflang)
	}
	return nil
}

// clearStorage removes everything the origin stored in this tab's browser
// context; sessionStorage belongs to the tab and is cleared by script.
func clearStorage(ctx context.Context, origin string) error {
	if _, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin, StorageTypes: "all"}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, network.ClearBrowserCookies, cdp.Empty{}); err != nil {
		return err
	}
	return chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void]("sessionStorage.clear()"))
}

// focusAndPressAction focuses tab target i and presses key on it.
func focusAndPressAction(i int, key string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		ok, err := chromedp.Evaluate[bool](fmt.Sprintf("__probe.focusTarget(%d)", i))(ctx, t)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("tab target %d does not take focus", i)
		}
		_, err = press(key)(ctx, t)
		return err
	})
}

func focusAndPress(ctx context.Context, i int, key string) error {
	return chromedp.Do(ctx, focusAndPressAction(i, key))
}

// poll calls f until it reports done, for at most two seconds.
func poll(ctx context.Context, f func() (bool, error)) error {
	deadline := time.Now().Add(2 * time.Second)
	for {
		done, err := f()
		if err != nil || done || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// addAll reports the first five items of a list under one rule, and how
// many more there are, so one broken template does not bury the rest.
func addAll(add func(rule, format string, args ...any), rule, format string, items []string) {
	for i, it := range items {
		if i == 5 {
			add(rule, "and %d more like these", len(items)-5)
			return
		}
		add(rule, format, it)
	}
}

func jsStrings(xs []string) string {
	return `["` + strings.Join(xs, `","`) + `"]`
}

// runAxe runs axe-core on the page with the given runOnly option and
// returns its violations.
func runAxe(ctx context.Context, runOnly string) ([]axeViolation, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[[]axeViolation](`axe.run(document, {
		runOnly: `+runOnly+`, resultTypes: ["violations"]
	}).then(r => r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help,
		nodes: v.nodes.map(n => ({target: n.target.join(" "), summary: (n.failureSummary || "").replace(/\s+/g, " ")}))})))`, chromedp.EvalAwaitPromise))
}

// reportAxe adds a finding per violating element, three per rule at most.
func reportAxe(vs []axeViolation, prefix string, add func(rule, format string, args ...any)) {
	for _, v := range vs {
		for i, n := range v.Nodes {
			if i == 3 {
				add(prefix+v.ID, "and %d more elements", len(v.Nodes)-3)
				break
			}
			add(prefix+v.ID, "(%s) %s: %s — %s", v.Impact, v.Help, n.Target, n.Summary)
		}
	}
}
