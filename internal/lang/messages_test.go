package lang_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/lang"
)

// TestLoadMessagesNamesTheBrokenFile checks that a message file that is
// missing or cannot be parsed is an error naming it, not a panic.
func TestLoadMessagesNamesTheBrokenFile(t *testing.T) {
	good := "[home]\nother = \"Home\"\n"
	tests := []struct {
		name string
		fsys fstest.MapFS
		want string
	}{
		{"missing", fstest.MapFS{"messages/nl.toml": {Data: []byte(good)}}, "messages/en.toml"},
		{"broken", fstest.MapFS{"messages/nl.toml": {Data: []byte("[home\nother = 1")}, "messages/en.toml": {Data: []byte(good)}}, "messages/nl.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := lang.LoadMessages(tt.fsys)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("LoadMessages: %v; want an error naming %s", err, tt.want)
			}
		})
	}
	m, err := lang.LoadMessages(fstest.MapFS{"messages/nl.toml": {Data: []byte(good)}, "messages/en.toml": {Data: []byte(good)}})
	if err != nil || m == nil {
		t.Errorf("LoadMessages of good files: %v", err)
	}
	if err := lang.Load(); err != nil {
		t.Errorf("the built-in message files: %v", err)
	}
}
