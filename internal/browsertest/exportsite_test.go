package browsertest

import (
	"io"
	"log/slog"
	"testing"

	"signaal"
	"signaal/internal/export"
	"signaal/internal/site"
)

// exportSite renders the site as `signaal export -base-url
// https://example.org` does and writes it into a temporary folder.
func exportSite(t testing.TB) (string, *site.Site) {
	t.Helper()
	built, err := site.Build(site.Config{
		Content: signaal.Content(), Static: signaal.Static(),
		BaseURL: "https://example.org", ExitURL: "https://www.buienradar.nl/", BrotliQuality: 1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := export.Write(built, dir); err != nil {
		t.Fatal(err)
	}
	return dir, built
}
