package export_test

import (
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"signaal/internal/export"
	"signaal/internal/site"
)

var (
	siteOnce sync.Once
	siteReal *site.Site
	siteErr  error
)

// realSite renders the real site once for the tests of this file, which
// only write it.
func realSite(t *testing.T) *site.Site {
	t.Helper()
	cfg := configs(t)["real"]
	siteOnce.Do(func() { siteReal, siteErr = site.Build(cfg) })
	if siteErr != nil {
		t.Fatal(siteErr)
	}
	return siteReal
}

// files returns every file under dir (slash-separated name → content).
func files(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// put writes name (slash-separated) under dir.
func put(t *testing.T, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sameFiles fails when dir no longer holds exactly want.
func sameFiles(t *testing.T, dir string, want map[string]string) {
	t.Helper()
	got := files(t, dir)
	for name, data := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s was deleted", name)
		} else if g != data {
			t.Errorf("%s was changed", name)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s was added", name)
		}
	}
}

// manifestNames reads the manifest of the export in dir.
func manifestNames(t *testing.T, dir string) map[string]bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, export.ManifestFile))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// A new folder gets the whole export, and its manifest lists exactly the
// files written besides itself.
func TestWriteNewFolder(t *testing.T) {
	built := realSite(t)
	out := filepath.Join(t.TempDir(), "a", "site")
	st, err := export.Write(built, out)
	if err != nil {
		t.Fatal(err)
	}
	got := files(t, out)
	listed := manifestNames(t, out)
	for name := range got {
		if name != export.ManifestFile && !listed[name] {
			t.Errorf("%s was written but is not in the manifest", name)
		}
	}
	for name := range listed {
		if _, ok := got[name]; !ok {
			t.Errorf("the manifest lists %s, which was not written", name)
		}
	}
	for _, name := range []string{"index.html", "404.html", "nl/404.html", "en/404.html", "nl/index.html", "nl/index.html.br", "nl/index.html.gz", "_headers", "_redirects", ".well-known/security.txt"} {
		if !listed[name] {
			t.Errorf("export lacks %s", name)
		}
	}
	if st.Files != len(got) {
		t.Errorf("Stats say %d files, the folder holds %d", st.Files, len(got))
	}
	if fi, err := os.Stat(out); err != nil || fi.Mode().Perm() != 0o755 {
		t.Errorf("export folder mode %v (%v), want 0755 so a web server can read it", fi.Mode().Perm(), err)
	}
}

// A folder that is not empty and holds no manifest (a Netlify project with
// its own _headers, a repository) is refused and left exactly as it was,
// with a message that names it and says what to do.
func TestWriteRefusesFolderWithoutManifest(t *testing.T) {
	built := realSite(t)
	for name, tree := range map[string]map[string]string{
		"netlify project":         {"_headers": "/*\n  X-Mine: 1\n", "CNAME": "example.org\n", ".git/HEAD": "ref: refs/heads/main\n", "src/index.md": "# mine\n"},
		"export before manifests": {"_headers": "/*\n", "nl/index.html": "<p>old</p>", "CNAME": "example.org\n"},
		"any folder":              {"thesis.doc": "x"},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			for n, d := range tree {
				put(t, dir, n, d)
			}
			_, err := export.Write(built, dir)
			if err == nil {
				t.Fatal("export wrote into a folder that was no export")
			}
			for _, want := range []string{dir, export.ManifestFile, "export to a new or empty folder"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("message %q lacks %q", err, want)
				}
			}
			sameFiles(t, dir, tree)
		})
	}
}

// A re-export removes the files the previous one wrote and the content no
// longer has, and leaves everything else: the user's CNAME, .git and a file
// put inside an exported folder.
func TestReExportKeepsUserFiles(t *testing.T) {
	built := realSite(t)
	out := filepath.Join(t.TempDir(), "site")
	if _, err := export.Write(built, out); err != nil {
		t.Fatal(err)
	}
	mine := map[string]string{"CNAME": "signaal.example.org\n", ".git/HEAD": "ref: refs/heads/main\n", ".git/objects/ab/cd": "x", "nl/mine.txt": "mine"}
	for n, d := range mine {
		put(t, out, n, d)
	}
	// A page the previous export wrote that the content has lost.
	put(t, out, "nl/old-page/index.html", "old")
	mf := filepath.Join(out, export.ManifestFile)
	b, err := os.ReadFile(mf)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mf, append(b, "nl/old-page/index.html\n"...), 0o644); err != nil {
		t.Fatal(err)
	}

	if _, err := export.Write(built, out); err != nil {
		t.Fatal(err)
	}
	got := files(t, out)
	for n, d := range mine {
		if got[n] != d {
			t.Errorf("the user's %s did not survive the re-export", n)
		}
	}
	if _, ok := got["nl/old-page/index.html"]; ok {
		t.Error("a page removed from the content lingers in the export")
	}
	if _, err := os.Stat(filepath.Join(out, "nl", "old-page")); err == nil {
		t.Error("the emptied folder of the removed page lingers")
	}
	listed := manifestNames(t, out)
	for n := range mine {
		if listed[n] {
			t.Errorf("the manifest claims the user's %s", n)
		}
	}
	if listed["nl/old-page/index.html"] || !listed["nl/index.html"] {
		t.Error("the manifest does not list exactly the new export")
	}
	// No temporary folder is left beside the export.
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("beside the export: %v", entries)
	}
}

// A file the previous export did not write is never replaced, even where
// the new export has a file of that name; nothing is written then.
func TestWriteRefusesToReplaceUserFile(t *testing.T) {
	built := realSite(t)
	out := filepath.Join(t.TempDir(), "site")
	if _, err := export.Write(built, out); err != nil {
		t.Fatal(err)
	}
	// As if the previous export had no robots.txt and the user wrote one.
	mf := filepath.Join(out, export.ManifestFile)
	b, _ := os.ReadFile(mf)
	if err := os.WriteFile(mf, []byte(strings.Replace(string(b), "\nrobots.txt\n", "\n", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	put(t, out, "robots.txt", "User-agent: *\nDisallow: /mine/\n")
	before := files(t, out)
	_, err := export.Write(built, out)
	if err == nil || !strings.Contains(err.Error(), "robots.txt") || !strings.Contains(err.Error(), "move it away") {
		t.Fatalf("error %v, want a refusal naming robots.txt", err)
	}
	sameFiles(t, out, before)
}

// An export neither writes nor removes through a symbolic link, which
// could lead out of the folder.
func TestWriteDoesNotFollowSymlinks(t *testing.T) {
	built := realSite(t)
	base := t.TempDir()
	out := filepath.Join(base, "site")
	if _, err := export.Write(built, out); err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(base, "elsewhere")
	put(t, elsewhere, "index.html", "precious")
	put(t, elsewhere, "404.html", "precious too")
	if err := os.RemoveAll(filepath.Join(out, "en")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(elsewhere, filepath.Join(out, "en")); err != nil {
		t.Fatal(err)
	}
	_, err := export.Write(built, out)
	if err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("error %v, want a refusal of the link", err)
	}
	sameFiles(t, elsewhere, map[string]string{"index.html": "precious", "404.html": "precious too"})
}

// The root folder, the home folder, the content folder and a folder that
// holds it are refused whatever they hold, and nothing in them changes.
func TestWriteRefusesDangerousFolders(t *testing.T) {
	built := realSite(t)
	t.Run("root", func(t *testing.T) {
		_, err := export.Write(built, "/")
		if err == nil || !strings.Contains(err.Error(), "root folder") {
			t.Errorf("error %v, want a refusal of the root folder", err)
		}
	})
	// Each folder looks like an earlier export (an empty one, or one with
	// a manifest), so only the rule about the folder itself refuses it.
	withManifest := map[string]string{export.ManifestFile: "index.html\n", "index.html": "mine"}
	for _, tt := range []struct {
		name, why string
		tree      map[string]string
		target    func(home, content string) string
	}{
		{"empty home", "home folder", nil, func(home, _ string) string { return home }},
		{"home", "home folder", withManifest, func(home, _ string) string { return home }},
		{"home by another name", "home folder", withManifest, func(home, _ string) string { return home + "/./x/.." }},
		{"content folder", "is the content folder", withManifest, func(_, content string) string { return content }},
		{"above the content folder", "holds the content folder", withManifest, func(_, content string) string { return filepath.Dir(content) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			base := t.TempDir()
			home := filepath.Join(base, "home")
			content := filepath.Join(base, "project", "content")
			put(t, content, "nl/index.md", "# Hallo\n")
			if err := os.MkdirAll(home, 0o755); err != nil {
				t.Fatal(err)
			}
			target := tt.target(home, content)
			if err := os.MkdirAll(filepath.Join(home, "x"), 0o755); err != nil {
				t.Fatal(err)
			}
			if tt.tree == nil {
				os.Remove(filepath.Join(home, "x"))
			}
			for n, d := range tt.tree {
				put(t, target, n, d)
			}
			t.Setenv("HOME", home)
			before := files(t, base)
			_, err := export.Options{ContentDir: content}.Write(built, target)
			if err == nil || !strings.Contains(err.Error(), tt.why) || !strings.Contains(err.Error(), "-out") {
				t.Errorf("error %v, want a refusal because it %s", err, tt.why)
			}
			sameFiles(t, base, before)
		})
	}
}

// A failure while writing leaves the previous export exactly as it was and
// no temporary folder behind.
func TestFailedExportLeavesPreviousIntact(t *testing.T) {
	built := realSite(t)
	base := t.TempDir()
	out := filepath.Join(base, "site")
	if _, err := export.Write(built, out); err != nil {
		t.Fatal(err)
	}
	put(t, out, "CNAME", "signaal.example.org\n")
	before := files(t, out)

	// A site whose files cannot all be written: "zz" is both a file and
	// the folder of "zz/a".
	broken := *built
	broken.Files = maps.Clone(built.Files)
	for _, p := range []string{"/zz", "/zz/a"} {
		broken.Files[p] = &site.File{Path: p, Status: http.StatusOK, Header: http.Header{"Content-Type": {"text/plain"}}, Body: []byte("x")}
	}
	if _, err := export.Write(&broken, out); err == nil {
		t.Fatal("the broken export succeeded")
	}
	sameFiles(t, out, before)
	entries, _ := os.ReadDir(base)
	if len(entries) != 1 {
		t.Errorf("beside the export after a failure: %v", entries)
	}
}

// An empty folder (made by hand, or a mount point) takes an export.
func TestWriteEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	if _, err := export.Write(realSite(t), dir); err != nil {
		t.Fatal(err)
	}
	if len(manifestNames(t, dir)) < 20 {
		t.Error("the export into an empty folder lacks its manifest")
	}
}
