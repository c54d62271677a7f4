package browsertest

import "testing"

// TestSectionLinkClearsExitButton follows a teacher's link to a section on a
// phone and checks the heading lands in view below the fixed exit button,
// not under it.
func TestSectionLinkClearsExitButton(t *testing.T) {
	s := liveSite(t)
	for _, p := range []string{"/nl/hulp/veilig-bezoeken/#shared-phone", "/en/help/visiting-safely/#shared-phone"} {
		t.Run(p, func(t *testing.T) {
			ctx, done := at(t, s, phone, p)
			defer done()
			gap := eval[float64](t, ctx, p, `(() => {
				const h = document.getElementById(location.hash.slice(1)).getBoundingClientRect();
				const exit = document.querySelector(".exit").getBoundingClientRect();
				return h.top - exit.bottom;
			})()`)
			if gap < 0 {
				t.Errorf("the heading starts %.0f px under the exit button's bottom edge", -gap)
			}
		})
	}
}
