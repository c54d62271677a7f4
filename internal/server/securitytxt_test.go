package server

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// TestServesSecurityTxt: the server answers /.well-known/security.txt from
// the build, with the publisher's security contact from site.yaml.
func TestServesSecurityTxt(t *testing.T) {
	s := newTestServer(t)
	w := httptest.NewRecorder()
	s.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/.well-known/security.txt", nil))
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	body := w.Body.String()
	for _, want := range []string{"Contact: mailto:security@signaal.nl\n", "Expires: ", "Preferred-Languages: nl, en\n", "Canonical: "} {
		if !strings.Contains(body, want) {
			t.Errorf("security.txt lacks %q:\n%s", want, body)
		}
	}
	if ct := w.Header().Get("Content-Type"); ct != "text/plain; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
}
