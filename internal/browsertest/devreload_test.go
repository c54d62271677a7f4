package browsertest

import (
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"signaal"
	"signaal/internal/server"
	"signaal/internal/site"
)

// Under serve -dev an open page reloads itself when the site is rebuilt,
// with the Content-Security-Policy the site always sends (no inline code,
// no error in the console).
func TestDevPageReloadsItself(t *testing.T) {
	srv, err := server.NewDev(site.Config{
		Content: signaal.Content(), Static: signaal.Static(), BaseURL: "https://signaal.example", BrotliQuality: 1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	defer srv.Close()

	tb := newTab(t)
	defer tb.cancel()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(hs.URL+"/nl/")); err != nil {
		t.Fatalf("opening the page: %v", err)
	}
	// The script asks for the stream once the page is loaded; give the
	// first version time to arrive.
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`document.readyState === "complete"`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("the page did not load: %v", err)
	}
	time.Sleep(time.Second)
	if reqs, _ := tb.take(); !strings.Contains(strings.Join(reqs, " "), "/_dev/events") {
		t.Fatalf("the page opened no event stream; it asked for %q", reqs)
	}
	if _, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`window.devReloadMark = true`)); err != nil {
		t.Fatal(err)
	}
	if err := srv.Reload(); err != nil {
		t.Fatal(err)
	}
	// The reload replaces the document while it is being asked; ask again.
	deadline := time.Now().Add(15 * time.Second)
	for {
		fresh, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](`window.devReloadMark === undefined && document.readyState === "complete"`))
		if err == nil && fresh {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page did not reload within 15 s of the rebuild (%v)", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	_, errs := tb.take()
	for _, e := range errs {
		if !strings.Contains(e, "_dev/events") { // a stream cut by the reload itself
			t.Errorf("console: %s", e)
		}
	}
}
