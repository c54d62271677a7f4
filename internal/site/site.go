// Package site owns "the site": one value, built once, that holds every
// response Signaal sends. Build loads the content, renders every page in
// both languages, the 404 pages, the generated files and the static files,
// compresses each, and builds the search indexes. The server answers
// requests from a *Site without rendering or compressing anything, and the
// static export writes the same value to disk, so the two cannot disagree.
package site

import (
	"fmt"
	"io/fs"
	"log/slog"
	"time"

	"signaal/internal/content"
	"signaal/templates"
)

// Config says where the content comes from and how the site is addressed.
// The server and the export build from the same Config.
type Config struct {
	Content fs.FS // the content tree (nl/, en/, data files)
	Static  fs.FS // the files served under /static/
	// BaseURL is the public address, used for canonical and hreflang links.
	BaseURL string
	// ExitURL is where the quick exit button leads.
	ExitURL string
	// DevScript is the editor's reload script that every page loads
	// (templates.Config.DevScript); only `signaal serve -dev` sets it.
	DevScript string
	// BrotliQuality trades start-up time for size (0–11);
	// DefaultBrotliQuality is what the server uses.
	BrotliQuality int
	// Check runs extra content checks (readability) while loading.
	Check func(*content.Page) []content.Problem
	// Logger receives the content's warnings; nil means slog.Default().
	Logger *slog.Logger
	// Now is the moment dated outputs count from (security.txt's Expires,
	// help lines' checked months); zero means the moment Build runs.
	Now time.Time
}

// Build loads the content and renders the site. Broken content fails with
// every problem listed, each with the file and line to fix; warnings are
// logged and do not stop the build.
func Build(cfg Config) (*Site, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	cs, err := content.Load(cfg.Content, content.Options{Check: cfg.Check, Anchors: templates.Anchors, Now: cfg.Now})
	if err != nil {
		return nil, err
	}
	for _, w := range cs.Warnings {
		cfg.Logger.Warn("content", "problem", w.String())
	}
	s, err := Render(cs, Options{
		Config:        templates.Config{BaseURL: cfg.BaseURL, ExitURL: cfg.ExitURL, DevScript: cfg.DevScript},
		Static:        cfg.Static,
		BrotliQuality: cfg.BrotliQuality,
		Now:           cfg.Now,
	})
	if err != nil {
		return nil, fmt.Errorf("rendering: %w", err)
	}
	return s, nil
}
