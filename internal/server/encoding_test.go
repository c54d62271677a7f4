package server

import "testing"

func TestAcceptedEncoding(t *testing.T) {
	tests := []struct {
		header []string
		want   string
	}{
		{nil, ""},
		{[]string{""}, ""},
		{[]string{"gzip, deflate, br"}, "br"},
		{[]string{"gzip"}, "gzip"},
		{[]string{"BR"}, "br"},
		{[]string{"br;q=0, gzip;q=0.5"}, "gzip"},
		{[]string{"br; q=0.0, gzip; q=0"}, ""},
		{[]string{"*"}, "br"},
		{[]string{"identity"}, ""},
		{[]string{"deflate", " br ;q=1"}, "br"},
		{[]string{"gzip;level=1;q=0.8"}, "gzip"},
		// An explicit refusal wins over "*", in either order, in any case.
		{[]string{"*, br;q=0"}, "gzip"},
		{[]string{"br;q=0, *"}, "gzip"},
		{[]string{"br;Q=0"}, ""},
		{[]string{"br;Q=0, *"}, "gzip"},
		{[]string{"*", "br;q=0"}, "gzip"},
		{[]string{"br ; q=0.000, gzip"}, "gzip"},
		{[]string{"*;q=0"}, ""},
		{[]string{"*;q=0, identity"}, ""},
		{[]string{"*;q=0, gzip"}, "gzip"},
		{[]string{"*;q=0.5, gzip;q=0"}, "br"},
		// Weights decide; br wins a tie.
		{[]string{"gzip;q=1, br;q=0.5"}, "gzip"},
		{[]string{"gzip;q=0.5, br;q=0.5"}, "br"},
		{[]string{"x-gzip"}, "gzip"},
		{[]string{"br;q=0.001"}, "br"},
		// Malformed weights are refusals.
		{[]string{"br;q=0.0000, gzip"}, "gzip"},
		{[]string{"br;q=abc, *"}, "gzip"},
		{[]string{"br;q=1.5"}, ""},
		{[]string{"br;q=-1"}, ""},
		{[]string{"br;q=+0.5"}, ""},
		{[]string{"br;q="}, ""},
		{[]string{"br;q=NaN"}, ""},
		{[]string{",,, ;; ,"}, ""},
	}
	for _, tt := range tests {
		if got := acceptedEncoding(tt.header); got != tt.want {
			t.Errorf("acceptedEncoding(%q) = %q, want %q", tt.header, got, tt.want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { acceptedEncoding([]string{"gzip, deflate, br;q=0.9, *;q=0"}) }); n != 0 {
		t.Errorf("acceptedEncoding allocates %v times a call", n)
	}
}
