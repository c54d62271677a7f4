package browsertest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/domdebugger"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"signaal/internal/lang"
)

// TestQuickExit checks the quick exit on each home page at both sizes:
// a tap or click on the visible [data-exit] element, and Shift pressed on
// its own three times, each lead to the configured exit address (here a
// second server on 127.0.0.1), without sending a Referer. A home page
// without either fails: the quick exit is what keeps a reader safe.
func TestQuickExit(t *testing.T) {
	s := liveSite(t)
	tb := newTab(t)
	defer tb.cancel()
	for _, c := range lang.All {
		home := s.Site.Content.Home(c)
		if home == nil {
			t.Fatalf("no home page for %s", c)
		}
		for _, vp := range screens {
			t.Run(string(c)+"@"+vp.Name+"/click", func(t *testing.T) {
				ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
				defer cancel()
				if err := chromedp.Do(ctx, vp.emulate(), chromedp.Navigate(s.URL+home.Path)); err != nil {
					t.Fatal(err)
				}
				exit, err := chromedp.Run(ctx, chromedp.Evaluate[*struct {
					El   string
					X, Y float64
				}](`(() => {
					const el = [...document.querySelectorAll("[data-exit]")].find(e => e.checkVisibility() && e.getBoundingClientRect().top >= 0);
					if (!el) return null;
					const r = el.getBoundingClientRect();
					return {el: __probe.describe(el), x: r.left + r.width / 2, y: r.top + r.height / 2};
				})()`))
				if err != nil {
					t.Fatal(err)
				}
				if exit == nil {
					t.Fatalf("%s at %s has no visible [data-exit] element: the quick exit is missing", home.Path, vp.Name)
				}
				before := len(s.Exit.requests())
				click := chromedp.MouseClickXY(exit.X, exit.Y)
				if vp.Mobile {
					click = chromedp.TapXY(exit.X, exit.Y)
				}
				if err := leadsToExit(ctx, s, click); err != nil {
					t.Fatalf("%s at %s: quick exit: clicking %s: %v", home.Path, vp.Name, exit.El, err)
				}
				checkNoReferer(t, s, before, home.Path, vp)
			})
			t.Run(string(c)+"@"+vp.Name+"/shift-3x", func(t *testing.T) {
				ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
				defer cancel()
				if err := chromedp.Do(ctx, vp.emulate(), chromedp.Navigate(s.URL+home.Path)); err != nil {
					t.Fatal(err)
				}
				n, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("[data-exit]").length`))
				if err != nil {
					t.Fatal(err)
				}
				if n == 0 {
					t.Fatalf("%s at %s has no [data-exit] element: the quick exit is missing", home.Path, vp.Name)
				}
				keys, err := keyListeners(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if keys == 0 {
					t.Fatalf("%s at %s listens to no key on window or document: the Shift×3 shortcut is missing", home.Path, vp.Name)
				}
				before := len(s.Exit.requests())
				if err := leadsToExit(ctx, s, shiftThrice()); err != nil {
					t.Fatalf("%s at %s: quick exit: pressing Shift three times: %v", home.Path, vp.Name, err)
				}
				checkNoReferer(t, s, before, home.Path, vp)
			})
		}
	}
}

// leadsToExit runs the trigger and waits until the tab's page is the exit
// address.
func leadsToExit(ctx context.Context, s *testSite, trigger chromedp.Action[chromedp.Void]) error {
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_, err := chromedp.Run(wctx, chromedp.WaitEvent(page.FrameNavigated, func(e page.EventFrameNavigated) bool {
		return e.Frame.ParentID == "" && strings.HasPrefix(e.Frame.URL, s.Exit.URL)
	}, trigger))
	if err != nil {
		loc, _ := chromedp.Run(ctx, chromedp.Location())
		return fmt.Errorf("the page did not go to %s within 5 s (it is at %s): %w", s.Exit.URL, loc, err)
	}
	return nil
}

// checkNoReferer checks that the exit server was asked for the page, and
// was not told where the reader came from.
func checkNoReferer(t *testing.T, s *testSite, before int, path string, vp viewport) {
	t.Helper()
	reqs := s.Exit.requests()
	if len(reqs) <= before {
		t.Fatalf("%s at %s: quick exit: the exit server got no request", path, vp.Name)
	}
	for _, r := range reqs[before:] {
		// The exit page's own requests (the browser's /favicon.ico) come
		// from the exit site itself; only the way in must carry nothing.
		if r.URL.Path != "/weer" {
			continue
		}
		if ref := r.Header.Get("Referer"); ref != "" {
			t.Errorf("%s at %s: quick exit: the exit site was told the reader came from %s", path, vp.Name, ref)
		}
	}
}

// keyListeners counts key event listeners on window and document, where a
// page-wide shortcut would listen.
func keyListeners(ctx context.Context) (int, error) {
	n := 0
	for _, expr := range []string{"window", "document"} {
		obj, err := chromedp.Run(ctx, chromedp.Evaluate[*runtime.RemoteObject](expr))
		if err != nil {
			return 0, err
		}
		ls, err := chromedp.Call(ctx, domdebugger.GetEventListeners, domdebugger.GetEventListenersParams{ObjectID: obj.ObjectID})
		if err != nil {
			return 0, err
		}
		for _, l := range ls.Listeners {
			if strings.HasPrefix(l.Type, "key") {
				n++
			}
		}
	}
	return n, nil
}

// shiftThrice presses the left Shift key on its own three times, as a
// person would, a little apart.
func shiftThrice() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		for range 3 {
			for _, ev := range []input.DispatchKeyEventParams{
				{Type: input.DispatchKeyEventTypeRawKeyDown, Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16, NativeVirtualKeyCode: 16, Location: 1, Modifiers: int64(chromedp.ModifierShift)},
				{Type: input.DispatchKeyEventTypeKeyUp, Key: "Shift", Code: "ShiftLeft", WindowsVirtualKeyCode: 16, NativeVirtualKeyCode: 16, Location: 1},
			} {
				if _, err := cdp.Call(ctx, t, input.DispatchKeyEvent, ev); err != nil {
					return err
				}
			}
			if _, err := chromedp.Sleep(150*time.Millisecond)(ctx, t); err != nil {
				return err
			}
		}
		return nil
	})
}
