package site

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"path"

	"signaal/internal/lang"
	"signaal/templates"
)

// IconsDir is the folder of the static files that holds the favicon, the
// app icons and the share image. They are served at the addresses browsers
// and share previews look for (/favicon.svg, /apple-touch-icon.png), not
// under /static/. The PNGs are drawn from favicon.svg by `make icons` and
// committed, so a build only reads them.
const IconsDir = "icons"

// iconFiles are the pictures of IconsDir, by the address each is served
// at, with its type.
var iconFiles = []struct{ path, contentType string }{
	{templates.FaviconSVG, "image/svg+xml"},
	{templates.Favicon32, "image/png"},
	{templates.AppleTouchIcon, "image/png"},
	{templates.Icon192, "image/png"},
	{templates.Icon512, "image/png"},
	{templates.ShareImage, "image/png"},
}

// icons serves the favicon set and the share image from IconsDir, and
// writes the web manifest. The picture has no words, so it needs no
// translation: a signal (a dot and two waves) in white on the site's blue.
// There is no service worker: the site stores nothing on the reader's
// device. Static files without an icons folder (a test's) give no icons
// and no manifest; a folder that lacks one of them is an error.
func icons(s *Site, opt Options) ([]*File, error) {
	if opt.Static == nil {
		return nil, nil
	}
	if _, err := fs.Stat(opt.Static, IconsDir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var out []*File
	for _, ic := range iconFiles {
		body, err := fs.ReadFile(opt.Static, path.Join(IconsDir, path.Base(ic.path)))
		if err != nil {
			return nil, fmt.Errorf("icons: %w (run make icons)", err)
		}
		out = append(out, newFile(ic.path, http.StatusOK, ic.contentType, PageCache, body))
	}

	desc := ""
	if home := s.Content.Home(lang.Default); home != nil {
		desc = home.Description
	}
	type icon struct {
		Src   string `json:"src"`
		Sizes string `json:"sizes"`
		Type  string `json:"type"`
	}
	m, err := json.MarshalIndent(map[string]any{
		"name":             "Signaal",
		"short_name":       "Signaal",
		"description":      desc,
		"lang":             string(lang.Default),
		"start_url":        "/" + string(lang.Default) + "/",
		"scope":            "/",
		"display":          "browser",
		"theme_color":      templates.ThemeColour,
		"background_color": templates.PaperColour,
		"icons": []icon{
			{templates.FaviconSVG, "any", "image/svg+xml"},
			{templates.Icon192, "192x192", "image/png"},
			{templates.Icon512, "512x512", "image/png"},
		},
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	out = append(out, newFile(templates.Manifest, http.StatusOK, "application/manifest+json", PageCache, append(m, '\n')))
	return out, nil
}
