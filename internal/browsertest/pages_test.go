package browsertest

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// tabs is how many pages the suite visits at once ($SIGNAAL_BROWSER_TABS).
// Two suit the two cores the project's machines have: axe-core and layout
// keep Chromium busy, and more tabs only take turns.
func tabs() int {
	if n, err := strconv.Atoi(os.Getenv("SIGNAAL_BROWSER_TABS")); err == nil && n > 0 {
		return n
	}
	return 2
}

// TestPages visits every page of the built site, in both languages, at
// phone and desk size, and reports each broken rule as
// "/nl/hulp/ at 375x667: axe color-contrast: …".
func TestPages(t *testing.T) {
	s := liveSite(t)
	c := &checker{origin: s.URL}
	targets := s.targets()
	if len(targets) == 0 {
		t.Fatal("the built site has no pages")
	}
	type job struct {
		target
		vp viewport
	}
	jobs := make(chan job)
	start := time.Now()
	var wg sync.WaitGroup
	for range min(tabs(), len(targets)*len(screens)) {
		tb := newTab(t)
		defer tb.cancel()
		wg.Go(func() {
			for j := range jobs {
				name := strings.ReplaceAll(strings.Trim(j.Path, "/"), "/", "_") + "@" + j.vp.Name
				t.Run(name, func(t *testing.T) {
					for _, f := range c.visit(tb, j.Path, j.Status, j.vp) {
						t.Errorf("%s at %s: %s", j.Path, j.vp.Name, f)
					}
				})
			}
		})
	}
	for _, tg := range targets {
		for _, vp := range screens {
			jobs <- job{tg, vp}
		}
	}
	close(jobs)
	wg.Wait()
	t.Logf("visited %d pages × %d viewports in %s with %d tabs", len(targets), len(screens), time.Since(start).Round(time.Millisecond), tabs())
}
