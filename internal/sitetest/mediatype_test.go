package sitetest

import "testing"

func TestMediaType(t *testing.T) {
	for in, want := range map[string]string{
		"text/javascript; charset=utf-8": "text/javascript",
		"application/javascript":         "text/javascript",
		"application/xml; charset=utf-8": "text/xml",
		"text/html; charset=utf-8":       "text/html",
		"image/svg+xml":                  "image/svg+xml",
		"":                               "",
	} {
		if got := MediaType(in); got != want {
			t.Errorf("MediaType(%q) = %q, want %q", in, got, want)
		}
	}
}
