// Package signaal holds the site's content and static files, embedded, so
// that the signaal binary alone serves the whole site.
package signaal

import (
	"embed"
	"io/fs"
)

//go:embed all:content
var contentFiles embed.FS

//go:embed all:static
var staticFiles embed.FS

// Content returns the embedded content tree: nl/, en/ and the data files.
func Content() fs.FS { return sub(contentFiles, "content") }

// Static returns the embedded files served under /static/.
func Static() fs.FS { return sub(staticFiles, "static") }

func sub(fsys fs.FS, dir string) fs.FS {
	f, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // the directory is embedded at build time; it exists
	}
	return f
}
