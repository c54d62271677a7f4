package sitetest

import (
	"encoding/json"
	"os"
	"testing"
)

// ReadJSON decodes a JSON file a test keeps (a list of queries, say) into
// v, and stops the test with the file's name when it cannot: the tests of
// two packages that hold the site to one list read it the same way.
func ReadJSON(t testing.TB, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}
