package statichost_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"signaal/internal/statichost"
)

// fileProblem is how systemd names a line of the unit it complains about.
var fileProblem = regexp.MustCompile(`signaal\.service:\d+:`)

// deploy/signaal.service is a valid unit (systemd-analyze verify prints
// nothing: no unknown key, no bad value) and keeps its sandbox: systemd's
// own exposure score for it stays at 1.5 or below (0.9 with systemd 252
// when written: "SAFE"), so a sandbox taken apart fails the test.
func TestSystemdUnit(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		// Not a skip: the unit ships, and a skipped check would hide a
		// broken one. make deps installs it.
		t.Fatal("systemd-analyze is not installed (Debian package systemd; make deps installs it): deploy/signaal.service cannot be verified")
	}
	unit, err := os.ReadFile(statichost.DeployFile("signaal.service"))
	if err != nil {
		t.Fatal(err)
	}
	// verify checks that the program exists: point it at one that does.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(unit), "ExecStart=/usr/local/bin/signaal serve ") {
		t.Fatal("signaal.service: ExecStart does not start /usr/local/bin/signaal serve")
	}
	dir := t.TempDir()
	text := strings.Replace(string(unit), "ExecStart=/usr/local/bin/signaal", "ExecStart="+self, 1)
	if err := os.WriteFile(filepath.Join(dir, "signaal.service"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"verify", "--man=no", "./signaal.service"},
		{"security", "--offline=yes", "--threshold=15", "./signaal.service"},
	} {
		cmd := exec.Command(analyze, args...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		// verify says nothing of a good unit; security prints its table,
		// and says nothing of the file itself.
		complaint := args[0] == "verify" && len(strings.TrimSpace(string(out))) > 0 || fileProblem.Match(out)
		if err != nil || complaint {
			t.Errorf("systemd-analyze %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}
