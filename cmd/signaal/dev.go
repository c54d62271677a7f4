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

// templatesNextTo returns the templates folder next to the content folder,
// or "" when there is none (a content folder outside this repository).
func templatesNextTo(contentDir string) string {
	t := filepath.Join(filepath.Dir(filepath.Clean(contentDir)), "templates")
	if fi, err := os.Stat(t); err == nil && fi.IsDir() {
		return t
	}
	return ""
}
