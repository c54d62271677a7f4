package sitetest

import "mime"

// MediaType is a content type without its parameters, with the names that
// static hosts and Go use for one type made one, so a test can hold an
// export served by nginx or Caddy to the Go server: "application/javascript"
// and "text/javascript; charset=utf-8" are both "text/javascript".
func MediaType(contentType string) string {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch mt {
	case "application/javascript":
		return "text/javascript"
	case "application/xml":
		return "text/xml"
	}
	return mt
}
