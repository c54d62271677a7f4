package server

import (
	"strconv"
	"strings"
)

// acceptedEncoding returns the best encoding the client accepts, "br",
// "gzip" or "", honouring q=0 refusals. It takes the header's values as
// they are stored and allocates nothing: it runs on every request.
func acceptedEncoding(values []string) string {
	br, gz := false, false
	for _, header := range values {
		for header != "" {
			var part string
			part, header, _ = strings.Cut(header, ",")
			name, params, _ := strings.Cut(part, ";")
			if refused(params) {
				continue
			}
			switch name = strings.TrimSpace(name); {
			case strings.EqualFold(name, "br"):
				br = true
			case strings.EqualFold(name, "gzip"):
				gz = true
			case name == "*":
				br, gz = true, true
			}
		}
	}
	switch {
	case br:
		return "br"
	case gz:
		return "gzip"
	}
	return ""
}

// refused reports whether the parameters of an Accept-Encoding entry give
// it q=0.
func refused(params string) bool {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		if q, ok := strings.CutPrefix(strings.TrimSpace(p), "q="); ok {
			if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
				return true
			}
		}
	}
	return false
}

// etagMatch reports whether an If-None-Match header names etag.
func etagMatch(header, etag string) bool {
	if header == "" {
		return false
	}
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
