package browsertest

import (
	"io"
	"log/slog"
	"testing"

	"signaal"
	"signaal/internal/build"
	"signaal/internal/export"
	"signaal/internal/server"
)

// exportSite renders the site as `signaal export -base-url
// https://example.org` does and writes it into a temporary folder.
func exportSite(t testing.TB) (string, *build.Site) {
	t.Helper()
	site, err := server.Render(server.Config{
		Content: signaal.Content(), Static: signaal.Static(),
		BaseURL: "https://example.org", ExitURL: "https://www.buienradar.nl/", BrotliQuality: 1,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := export.Write(site, dir); err != nil {
		t.Fatal(err)
	}
	return dir, site
}
