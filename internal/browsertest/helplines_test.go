package browsertest

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chooserResult is what a reader sees after filtering the help page.
type chooserResult struct {
	Keys      []string // data-helpline of every visible card, in order
	Status    string   // the live count
	CallShown bool     // Veilig Thuis's phone hours row is visible
	ChatShown bool     // its chat hours row is visible
	ChatBadge string   // the open/closed badge on that chat row
}

// TestChooserShowsEachLineOnce ticks "Chat" and "Jongere" on the help page,
// as a young reader who wants to chat would, and expects every line once, the count to
// agree, and Veilig Thuis to show its chat's hours (with a badge), not the
// phone's. Then it checks at 320 px that no chat link is labelled by a bare
// address.
func TestChooserShowsEachLineOnce(t *testing.T) {
	s := liveSite(t)
	tb := newTab(t)
	defer tb.cancel()
	for _, p := range []struct{ path, who string }{{"/nl/hulp/", "youth"}, {"/en/help/", "youth"}} {
		ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
		err := chromedp.Do(ctx, phone.emulate(), chromedp.Navigate(s.URL+p.path), chromedp.Sleep(200*time.Millisecond))
		var r chooserResult
		if err == nil {
			r, err = chromedp.Run(ctx, chromedp.Evaluate[chooserResult](`(() => {
				document.querySelector("[name=how][value=chat]").click();
				document.querySelector("[name=who][value=`+p.who+`]").click();
				const cards = [...document.querySelectorAll("[data-chooser] .helpline")].filter(c => c.offsetParent !== null);
				const vt = cards.find(c => c.dataset.helpline == "veilig-thuis");
				const row = w => vt && vt.querySelector('.facts [data-way="' + w + '"]');
				const shown = el => !!el && el.offsetParent !== null;
				return {
					Keys: cards.map(c => c.dataset.helpline),
					Status: document.querySelector("[data-count]").textContent,
					CallShown: shown(row("call")),
					ChatShown: shown(row("chat")),
					ChatBadge: row("chat") ? (row("chat").querySelector(".now") || {}).textContent || "" : "",
				};
			})()`))
		}
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", p.path, err)
		}
		seen := map[string]bool{}
		for _, k := range r.Keys {
			if seen[k] {
				t.Errorf("%s, chat + young person: %s is shown twice (%v)", p.path, k, r.Keys)
			}
			seen[k] = true
		}
		if len(r.Keys) < 3 || !seen["kindertelefoon"] || !seen["veilig-thuis"] || !seen["chat-met-fier"] {
			t.Errorf("%s, chat + young person: shows %v", p.path, r.Keys)
		}
		if !strings.HasPrefix(r.Status, strconv.Itoa(len(r.Keys))+" ") {
			t.Errorf("%s: count says %q for %d cards", p.path, r.Status, len(r.Keys))
		}
		if r.CallShown || !r.ChatShown || r.ChatBadge == "" {
			t.Errorf("%s: Veilig Thuis after filtering on chat: phone hours shown %v, chat hours shown %v, badge %q", p.path, r.CallShown, r.ChatShown, r.ChatBadge)
		}
	}

	ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, narrow.emulate(), chromedp.Navigate(s.URL+"/nl/hulp/")); err != nil {
		t.Fatal(err)
	}
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".reach a.chat, .reach a.web")].map(a => a.textContent.trim())`))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range labels {
		if strings.Contains(l, ".nl") || strings.Contains(l, ".chat") || strings.Contains(l, "://") {
			t.Errorf("a link is labelled by its address: %q", l)
		}
	}
	if len(labels) == 0 {
		t.Error("no chat or web links on the help page")
	}
}

// TestOpenNowBadgesWhenNear: a help-line card gets its "open now" badge
// when it comes near the screen, not at load, so a phone does no work for
// cards far below; scrolled to, every card has one, with the page's own
// open or closed words.
func TestOpenNowBadgesWhenNear(t *testing.T) {
	s := liveSite(t)
	ctx, done := at(t, s, phone, "/nl/hulp/")
	defer done()
	type badges struct{ Fields, AtLoad, LastBefore, LastAfter int }
	got := eval[badges](t, ctx, "scrolling to the last card", `new Promise(r => {
		const fields = [...document.querySelectorAll("[data-hours]")];
		const badged = () => fields.filter(f => { const b = f.querySelector(".now"); return b && /^(nu open|nu dicht)$/.test(b.textContent); }).length;
		const last = fields[fields.length - 1];
		const res = {fields: fields.length, atLoad: badged(), lastBefore: last.querySelector(".now") ? 1 : 0};
		last.scrollIntoView();
		setTimeout(() => { res.lastAfter = last.querySelector(".now") ? 1 : 0; r(res); }, 500);
	})`)
	if got.Fields < 10 {
		t.Fatalf("the help page has %d opening-hours fields; the test needs a long list", got.Fields)
	}
	if got.AtLoad >= got.Fields || got.LastBefore != 0 {
		t.Errorf("at load %d of %d fields have a badge (the last one: %d): want those near the screen only", got.AtLoad, got.Fields, got.LastBefore)
	}
	if got.LastAfter != 1 {
		t.Error("the last card has no badge after scrolling to it")
	}
}
