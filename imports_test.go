package signaal

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// Imports flow one way: cmd wires, server routes, site builds through
// templates, content loads, lang knows languages. This test keeps it so, as
// pkgsite's does: a package below may never import one above it.
func TestImportsFlowOneWay(t *testing.T) {
	// layer: lower numbers may be imported by higher ones, never the reverse.
	layer := map[string]int{
		"signaal/internal/lang":        0,
		"signaal/internal/content":     1,
		"signaal/internal/readability": 2,
		"signaal/internal/search":      2,
		"signaal/templates":            3,
		"signaal/internal/site":        4,
		"signaal/internal/server":      5,
		"signaal/internal/export":      5,
		"signaal/internal/httpserve":   5,
		"signaal/cmd/signaal":          6,
		// The editor's loop (serve -dev): file watching and the reload
		// stream know nothing of the site, so the server can use them.
		"signaal/internal/devreload": 0,
		// Test support that starts nginx and Caddy on an export: it
		// needs none of the site's packages, and only tests import it.
		"signaal/internal/statichost": 0,
	}
	out, err := exec.Command("go", "list", "-json", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	checked := 0
	for dec.More() {
		var pkg struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&pkg); err != nil {
			t.Fatal(err)
		}
		from, ok := layer[pkg.ImportPath]
		if !ok {
			continue
		}
		checked++
		for _, imp := range pkg.Imports {
			if to, ok := layer[imp]; ok && to >= from {
				t.Errorf("%s imports %s: imports must flow from cmd down to lang", pkg.ImportPath, imp)
			}
			if strings.Contains(imp, "/utils") || strings.Contains(imp, "/common") {
				t.Errorf("%s imports %s: name packages for what they hold", pkg.ImportPath, imp)
			}
		}
	}
	if checked != len(layer) {
		t.Errorf("checked %d of %d packages: a package moved?", checked, len(layer))
	}
}
