package lang_test

import (
	"net/http/httptest"
	"testing"
	"time"

	"signaal/internal/lang"
)

func TestFromRequest(t *testing.T) {
	tests := []struct {
		accept string
		want   lang.Code
	}{
		{"", lang.Dutch},
		{"nl-NL,nl;q=0.9", lang.Dutch},
		{"en-US,en;q=0.9", lang.English},
		{"en-GB", lang.English},
		{"de-DE,fr;q=0.8", lang.Dutch},
		{"de-DE,en;q=0.5", lang.English},
		{"nl-BE", lang.Dutch},
		{"fy-NL", lang.Dutch},
		{"en;q=0.3,nl;q=0.9", lang.Dutch},
		{"garbage;;;", lang.Dutch},
	}
	for _, tt := range tests {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Accept-Language", tt.accept)
		if got := lang.FromRequest(r); got != tt.want {
			t.Errorf("Accept-Language %q: got %s, want %s", tt.accept, got, tt.want)
		}
	}
}

func TestPluralsAndDates(t *testing.T) {
	day := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		got, want string
	}{
		{lang.Date(lang.Dutch, day), "5 maart 2026"},
		{lang.Date(lang.English, day), "5 March 2026"},
		{lang.Month(lang.Dutch, day), "maart 2026"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	ctxNL := lang.WithCode(t.Context(), lang.Dutch)
	ctxEN := lang.WithCode(t.Context(), lang.English)
	for _, tt := range []struct {
		got, want string
	}{
		{lang.TN(ctxNL, "pageCount", 1), "1 pagina"},
		{lang.TN(ctxNL, "pageCount", 4), "4 pagina's"},
		{lang.TN(ctxEN, "pageCount", 1), "1 page"},
		{lang.TN(ctxEN, "pageCount", 0), "0 pages"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
