package sitetest

import (
	"bufio"
	"io"
	"strings"
)

// Events reads a server-sent event stream (the dev server's reload
// events) and returns a function that blocks until the next "data:" line
// and gives its value, or "" when the stream ends; err then says whether
// it ended cleanly. Tests of the editor's loop compare two values to see
// that a rebuild was announced.
func Events(r io.Reader) (next func() string, err func() error) {
	sc := bufio.NewScanner(r)
	next = func() string {
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				return v
			}
		}
		return ""
	}
	return next, sc.Err
}
