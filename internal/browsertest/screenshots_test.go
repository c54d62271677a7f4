package browsertest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// TestScreenshots writes full-page PNGs of the main pages (each home page,
// each section the home page links to, each help-line page) at 375 and
// 1280 px into $SIGNAAL_SCREENSHOTS, named like nl-home-375.png. It only
// runs when that variable is set: `make screenshots` sets it to
// tmp/screenshots (ignored by git).
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("SIGNAAL_SCREENSHOTS")
	if dir == "" {
		t.Skip("set SIGNAAL_SCREENSHOTS=dir to write screenshots (make screenshots)")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := liveSite(t)
	tb := newTab(t)
	defer tb.cancel()
	n := 0
	for _, p := range mainPages(s.Site.Content) {
		for _, vp := range screens {
			ctx, cancel := context.WithTimeout(tb.ctx, 60*time.Second)
			var png []byte
			err := chromedp.Do(ctx, vp.emulate(), chromedp.Navigate(s.URL+p.Path))
			if err == nil {
				png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
			}
			cancel()
			if err != nil {
				t.Fatalf("%s at %s: %v", p.Path, vp.Name, err)
			}
			name := fmt.Sprintf("%s-%d.png", screenshotName(p), vp.Width)
			if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	t.Logf("wrote %d screenshots to %s", n, dir)
}

// mainPages returns, per language, the home page, the sections it links
// to, and the help-line pages, in that order and without repeats.
func mainPages(cs *content.Site) []*content.Page {
	var out []*content.Page
	seen := map[*content.Page]bool{}
	add := func(p *content.Page) {
		if p != nil && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, c := range lang.All {
		home := cs.Home(c)
		add(home)
		if home != nil {
			for _, p := range home.Children {
				if p.IsSection() {
					add(p)
				}
			}
		}
		for _, p := range cs.PagesIn(c) {
			if p.Layout == content.LayoutHelplines {
				add(p)
			}
		}
	}
	return out
}

// screenshotName is "nl-home" for /nl/ and "nl-jongeren-online" for
// /nl/jongeren/online/.
func screenshotName(p *content.Page) string {
	if p.IsHome() {
		return string(p.Lang) + "-home"
	}
	return strings.ReplaceAll(strings.Trim(p.Path, "/"), "/", "-")
}
