package server

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// referenceEncoding is acceptedEncoding written the plain way, with
// allocations and a regular expression, as RFC 9110 reads: the fuzz target
// holds the fast one to it.
func referenceEncoding(header string) string {
	named := map[string][]int{}
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		name := strings.ToLower(strings.TrimSpace(fields[0]))
		if name == "x-gzip" {
			name = "gzip"
		}
		q := 1000
		for _, p := range fields[1:] {
			p = strings.TrimSpace(p)
			if len(p) >= 2 && strings.EqualFold(p[:2], "q=") {
				q = 0
				if qvalueRE.MatchString(p[2:]) {
					f, _ := strconv.ParseFloat(p[2:], 64)
					q = int(f*1000 + 0.5)
				}
				break
			}
		}
		named[name] = append(named[name], q)
	}
	eff := func(name string) int {
		qs, ok := named[name]
		if !ok {
			qs, ok = named["*"]
		}
		if !ok {
			return 0
		}
		best := 0
		for i, q := range qs {
			if q == 0 {
				return 0
			}
			if i == 0 || q > best {
				best = q
			}
		}
		return best
	}
	br, gz := eff("br"), eff("gzip")
	switch {
	case br > 0 && br >= gz:
		return "br"
	case gz > 0:
		return "gzip"
	}
	return ""
}

var qvalueRE = regexp.MustCompile(`^(0(\.[0-9]{0,3})?|1(\.0{0,3})?)$`)

// FuzzAcceptedEncoding holds acceptedEncoding to the plain reading of the
// RFC, and to its promise: an encoding refused with q=0 is never sent.
func FuzzAcceptedEncoding(f *testing.F) {
	for _, seed := range []string{
		"", "gzip, deflate, br", "*, br;q=0", "br;q=0, *", "br;Q=0", "*;q=0", "br;q=0.5, gzip;q=0.50",
		"x-gzip;q=1.000", "br ; q=0.000 , *", "BR;q=0.", "gzip;level=1;q=0.8", "*;q=0.1, br;q=0.001",
		"br;q=0, br", "br, br;q=0", ";q=1", "br;q=1.001", "*;q=1;q=0",
	} {
		f.Add(seed)
	}
	refused := regexp.MustCompile(`(?i)(^|,)\s*br\s*;\s*q=0(\.0{0,3})?\s*(,|;|$)`)
	f.Fuzz(func(t *testing.T, header string) {
		got := acceptedEncoding([]string{header})
		if want := referenceEncoding(header); got != want {
			t.Errorf("acceptedEncoding(%q) = %q, the RFC reading gives %q", header, got, want)
		}
		if got == "br" && refused.MatchString(header) {
			t.Errorf("acceptedEncoding(%q) sends br, which the header refuses", header)
		}
	})
}
