package site

import (
	"bytes"
	"fmt"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

// minifyStatic shrinks a stylesheet or a script when the site is built:
// comments, spaces and long local names are for the people who edit the
// source, not for a phone on a weak connection, and the first visit must
// fit in 14 KB (budget_test.go). Other files are returned as they are. The
// source in static/ stays readable and is what jstest tests; the content
// hash is taken from the minified bytes, so the name changes with them.
// A file the minifier cannot parse is an error that names it and its line.
func minifyStatic(name, ext string, body []byte) ([]byte, error) {
	var fn minify.MinifierFunc
	switch ext {
	case ".css":
		fn = (&css.Minifier{}).Minify
	case ".js":
		// KeepVarNames off: local names are shortened; nothing outside
		// the script's own function reads them.
		fn = (&js.Minifier{}).Minify
	default:
		return body, nil
	}
	var out bytes.Buffer
	out.Grow(len(body))
	if err := fn(minify.New(), &out, bytes.NewReader(body), nil); err != nil {
		return nil, fmt.Errorf("static/%s: %v", name, err)
	}
	return out.Bytes(), nil
}
