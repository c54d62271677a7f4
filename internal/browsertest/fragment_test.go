package browsertest

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestSectionLinkClearsExitButton follows a teacher's link to a section on a
// phone and checks the heading lands in view below the fixed exit button,
// not under it.
func TestSectionLinkClearsExitButton(t *testing.T) {
	s := liveSite(t)
	tb := newTab(t)
	defer tb.cancel()
	for _, p := range []string{"/nl/hulp/veilig-bezoeken/#shared-phone", "/en/help/visiting-safely/#shared-phone"} {
		ctx, cancel := context.WithTimeout(tb.ctx, 30*time.Second)
		err := chromedp.Do(ctx, phone.emulate(), chromedp.Navigate(s.URL+p), chromedp.Sleep(300*time.Millisecond))
		var gap float64
		if err == nil {
			gap, err = chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => {
				const h = document.getElementById(location.hash.slice(1)).getBoundingClientRect();
				const exit = document.querySelector(".exit").getBoundingClientRect();
				return h.top - exit.bottom;
			})()`))
		}
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if gap < 0 {
			t.Errorf("%s: the heading starts %.0f px under the exit button's bottom edge", p, -gap)
		}
	}
}
