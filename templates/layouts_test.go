package templates

import (
	"testing"

	"signaal/internal/content"
)

// TestEveryLayoutHasABody holds the layout table complete: a layout content
// accepts but templates cannot draw would fall back to plain prose and lose
// what the page is for (the help lines, the checklist).
func TestEveryLayoutHasABody(t *testing.T) {
	for _, l := range content.Layouts {
		if layoutBodies[l] == nil {
			t.Errorf("layout %q has no body in layoutBodies", l.Name())
		}
	}
	if len(layoutBodies) != len(content.Layouts) {
		t.Errorf("layoutBodies has %d entries for %d layouts", len(layoutBodies), len(content.Layouts))
	}
}
