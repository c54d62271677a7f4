package main

import (
	"io/fs"
	"os"
	"path/filepath"

	"signaal"
)

// devBrotliQuality is the page compression of `serve -dev`: the fastest,
// as the site is rebuilt at every save and read on the same machine.
const devBrotliQuality = 1

// staticFolder returns the folder static files are read from ("" for the
// embedded copy): -static when given, and under -dev without it the
// "static" folder next to the content folder (content → static in this
// repository), when there is one. A -static folder that is not there is a
// usage error, returned as a message.
func staticFolder(flag, contentDir string, dev bool) (dir, msg string) {
	if flag != "" {
		if fi, err := os.Stat(flag); err != nil || !fi.IsDir() {
			return "", "signaal serve: -static " + flag + ": no such folder"
		}
		return flag, ""
	}
	if !dev {
		return "", ""
	}
	next := filepath.Join(filepath.Dir(filepath.Clean(contentDir)), "static")
	if fi, err := os.Stat(next); err == nil && fi.IsDir() {
		return next, ""
	}
	return "", ""
}

// staticFS returns the static files: the embedded copy, or dir on disk,
// opened as an os.Root as contentFS opens the content.
func staticFS(dir string) fs.FS {
	if dir == "" {
		return signaal.Static()
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return os.DirFS(dir)
	}
	return root.FS()
}

// templTextFolder returns the folder where templ's watch mode (make dev)
// writes the text of the templates, or "" when not run by it. For an edit
// that changes only text, `templ generate -watch` writes the new text
// there and does not restart the server, whose pages are rendered once per
// build: watching the folder lets a rebuild pick the text up. The
// Makefile sets TEMPL_DEV_MODE_ROOT to a folder of its own, so that what is
// watched is not the whole system temporary folder.
func templTextFolder() string {
	if os.Getenv("TEMPL_DEV_MODE") != "true" {
		return ""
	}
	return os.Getenv("TEMPL_DEV_MODE_ROOT")
}
