package server

import "strings"

// acceptedEncoding returns the encoding to send, "br", "gzip" or "" (none),
// for a request's Accept-Encoding values, as RFC 9110 section 12.5.3 says:
// names and parameters are case-insensitive; an encoding named with q=0 is
// refused even when "*" would accept it, in either order ("*, br;q=0");
// "*" gives its weight to encodings not named; the higher weight wins and br
// wins a tie; x-gzip is gzip; a malformed weight counts as a refusal (the
// client's intent is unknown, and identity is always understood).
// With nothing acceptable the answer is not encoded (identity): even "*;q=0"
// gets a page rather than an error. It allocates nothing: it runs on every
// request.
func acceptedEncoding(values []string) string {
	// Weights in thousandths; -1 is "not named".
	br, gz, star := -1, -1, -1
	for _, header := range values {
		for header != "" {
			var part string
			part, header, _ = strings.Cut(header, ",")
			name, params, _ := strings.Cut(part, ";")
			q := max(weight(params), 0)
			switch name = strings.TrimSpace(name); {
			case strings.EqualFold(name, "br"):
				br = combine(br, q)
			case strings.EqualFold(name, "gzip"), strings.EqualFold(name, "x-gzip"):
				gz = combine(gz, q)
			case name == "*":
				star = combine(star, q)
			}
		}
	}
	if br < 0 {
		br = star
	}
	if gz < 0 {
		gz = star
	}
	switch {
	case br > 0 && br >= gz:
		return "br"
	case gz > 0:
		return "gzip"
	}
	return ""
}

// combine merges two weights given to one encoding: a refusal (0) stands,
// otherwise the higher weight counts.
func combine(had, q int) int {
	if had == 0 || q == 0 {
		return 0
	}
	return max(had, q)
}

// weight returns the q parameter of an entry's parameters in thousandths
// (1000 when there is none), or -1 when it is malformed. RFC 9110 allows
// "0", "0.", "0.5", "0.123", "1", "1.000"; the name "q" may be upper case,
// and space is allowed around the ";".
func weight(params string) int {
	for params != "" {
		var p string
		p, params, _ = strings.Cut(params, ";")
		p = strings.TrimSpace(p)
		if len(p) < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=' {
			continue
		}
		return qvalue(p[2:])
	}
	return 1000
}

// qvalue parses a weight: ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ).
func qvalue(v string) int {
	if v == "" || len(v) > 5 || (v[0] != '0' && v[0] != '1') {
		return -1
	}
	n := int(v[0]-'0') * 1000
	if len(v) == 1 {
		return n
	}
	if v[1] != '.' {
		return -1
	}
	scale := 100
	for i := 2; i < len(v); i++ {
		d := v[i]
		if d < '0' || d > '9' || (n == 1000 && d != '0') {
			return -1
		}
		n += int(d-'0') * scale
		scale /= 10
	}
	return n
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
