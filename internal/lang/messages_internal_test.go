package lang

import (
	"slices"
	"testing"
)

// TestMessagesComplete checks that every message exists in every language.
func TestMessagesComplete(t *testing.T) {
	m, err := embedded()
	if err != nil {
		t.Fatal(err)
	}
	nl, en := m.ids[Dutch], m.ids[English]
	if len(nl) < 20 {
		t.Fatalf("only %d Dutch messages: the message file did not load", len(nl))
	}
	for _, id := range nl {
		if !slices.Contains(en, id) {
			t.Errorf("message %q is in nl.toml but missing from en.toml", id)
		}
	}
	for _, id := range en {
		if !slices.Contains(nl, id) {
			t.Errorf("message %q is in en.toml but missing from nl.toml", id)
		}
	}
}
