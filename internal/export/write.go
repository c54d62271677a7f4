package export

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"signaal/internal/site"
)

// Names of the files the export writes besides the site's own.
const (
	// HeadersFile is the headers file Netlify and Cloudflare Pages read.
	HeadersFile = "_headers"
	// RedirectsFile is the redirects file Netlify and Cloudflare Pages read.
	RedirectsFile = "_redirects"
	// ManifestFile lists every file the export wrote, one a line. The next
	// export into the same folder removes those and only those, so a
	// CNAME, a .git folder or any other file the user keeps there
	// survives; a folder that is not empty and holds no manifest is not
	// an export and is refused.
	ManifestFile = ".signaal-export"
)

// Stats say what Write wrote.
type Stats struct {
	Files int   // files written: .gz, .br, _headers, _redirects and the manifest included
	Bytes int64 // their total size
}

// Options say what an export must protect besides the rules every export
// keeps (see Write).
type Options struct {
	// ContentDir is the content folder the site was read from, or "" for
	// the embedded content. The export refuses to write into it or into
	// any folder that holds it: a re-export there would mix generated
	// files with the sources, and a mistyped -out must not come near them.
	ContentDir string
}

// Write is Options{}.Write: an export of embedded content, which has no
// content folder on disk to protect.
func Write(built *site.Site, dir string) (Stats, error) { return Options{}.Write(built, dir) }

// Write exports site into dir without ever deleting a file it did not
// write:
//
//   - dir may be new, empty, or an earlier export (it holds ManifestFile).
//     A folder with other files and no manifest is refused, whatever it
//     holds; so are the root folder, the home folder, the content folder
//     and any folder that holds it.
//   - The whole export is first written to a new folder beside dir. When
//     anything fails there, that folder is removed and dir is as it was.
//   - A new dir is that folder, renamed. Into an existing one the files
//     are moved one by one (a rename each, on the same file system), the
//     files of the previous export that the new one lacks are removed, and
//     the manifest is rewritten; files the manifest does not list are left
//     alone, and a new file that would replace one of them is refused
//     before anything is written.
func (o Options) Write(built *site.Site, dir string) (Stats, error) {
	files, err := filesOf(built)
	if err != nil {
		return Stats{}, err
	}
	target, err := o.checkTarget(dir)
	if err != nil {
		return Stats{}, err
	}
	old, exists, err := previous(target)
	if err != nil {
		return Stats{}, err
	}
	if exists {
		if err := checkConflicts(target, files, old); err != nil {
			return Stats{}, err
		}
	}

	parent := filepath.Dir(target)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return Stats{}, fmt.Errorf("export: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(target)+".signaal-tmp-")
	if err != nil {
		return Stats{}, fmt.Errorf("export: making a temporary folder beside %s: %w", target, err)
	}
	// The temporary folder is this export's own: whatever is left of it
	// (all of it after a failure, empty folders after a move) goes.
	defer os.RemoveAll(tmp)
	// MkdirTemp makes it readable by its owner only; a web server running
	// as another user must read the export.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return Stats{}, fmt.Errorf("export: %w", err)
	}
	st, err := writeAll(tmp, files)
	if err != nil {
		return Stats{}, fmt.Errorf("export: writing %s failed, so %s was left as it was: %w", tmp, target, err)
	}
	if !exists {
		if err := os.Rename(tmp, target); err != nil {
			return Stats{}, fmt.Errorf("export: %w", err)
		}
		return st, nil
	}
	if err := moveInto(tmp, target, files, old); err != nil {
		return Stats{}, err
	}
	return st, nil
}

// A file is one file of the export: its slash-separated name and bytes.
type file struct {
	name string
	data []byte
}

// filesOf lists every file of the export, the manifest last.
func filesOf(built *site.Site) ([]file, error) {
	var files []file
	for _, e := range Entries(built) {
		if !fs.ValidPath(e.Name) || e.Name == "." {
			return nil, fmt.Errorf("export: %q is not a valid file name", e.Name)
		}
		files = append(files, file{e.Name, e.File.Body})
		if e.File.Gzip != nil {
			files = append(files, file{e.Name + ".gz", e.File.Gzip})
		}
		if e.File.Brotli != nil {
			files = append(files, file{e.Name + ".br", e.File.Brotli})
		}
	}
	files = append(files, file{HeadersFile, []byte(Headers(built))}, file{RedirectsFile, []byte(Redirects(built))})
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.name
	}
	return append(files, file{ManifestFile, manifest(names)}), nil
}

// manifest is the text of ManifestFile listing names.
func manifest(names []string) []byte {
	sorted := append([]string(nil), names...)
	sort.Strings(sorted)
	var b bytes.Buffer
	b.WriteString("# Files written by `signaal export`, one a line. The next export into this\n")
	b.WriteString("# folder removes these and only these; every other file here is left alone.\n")
	for _, n := range sorted {
		b.WriteString(n + "\n")
	}
	return b.Bytes()
}

// checkTarget returns dir as an absolute path with its symbolic links
// resolved, or an error when it is a folder no export may write to.
func (o Options) checkTarget(dir string) (string, error) {
	if strings.TrimSpace(dir) == "" {
		return "", errors.New("export: no folder given")
	}
	target, err := resolve(dir)
	if err != nil {
		return "", fmt.Errorf("export: %w", err)
	}
	refuse := func(why string) error {
		return fmt.Errorf("export: refusing to write to %s: %s; export to a folder of its own, for example -out ./public", target, why)
	}
	if filepath.Dir(target) == target {
		return "", refuse("it is the root folder")
	}
	if home, err := os.UserHomeDir(); err == nil {
		if h, err := resolve(home); err == nil && h == target {
			return "", refuse("it is your home folder")
		}
	}
	if o.ContentDir != "" {
		c, err := resolve(o.ContentDir)
		if err != nil {
			return "", fmt.Errorf("export: %w", err)
		}
		if c == target {
			return "", refuse("it is the content folder")
		}
		if rel, err := filepath.Rel(target, c); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "", refuse("it holds the content folder " + c)
		}
	}
	return target, nil
}

// resolve makes p absolute and resolves the symbolic links of the part of
// it that exists, so that two names of one folder compare equal.
func resolve(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rest := ""
	for cur := abs; ; cur = filepath.Dir(cur) {
		if real, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(real, rest), nil
		}
		if filepath.Dir(cur) == cur {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(cur), rest)
	}
}

// previous reads the folder an export goes to: whether it exists, and the
// names its manifest lists (none for an empty folder). A folder that holds
// anything and no manifest is refused.
func previous(target string) (names map[string]bool, exists bool, err error) {
	fi, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, false, nil
	case err != nil:
		return nil, false, fmt.Errorf("export: %w", err)
	case !fi.IsDir():
		return nil, false, fmt.Errorf("export: %s is a file, not a folder; choose a folder for the export", target)
	}
	entries, err := os.ReadDir(target)
	if err != nil {
		return nil, false, fmt.Errorf("export: %w", err)
	}
	if len(entries) == 0 {
		return map[string]bool{}, true, nil
	}
	mf := filepath.Join(target, ManifestFile)
	data, err := os.ReadFile(mf)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, fmt.Errorf("export: %s is not empty and holds no %s (the list of files an earlier export wrote), so it is not an earlier export and nothing in it was touched; export to a new or empty folder, or move its files away first", target, ManifestFile)
	}
	if err != nil {
		return nil, false, fmt.Errorf("export: %w", err)
	}
	names = map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !fs.ValidPath(line) || line == "." || line == ManifestFile {
			return nil, false, fmt.Errorf("export: %s:%d: %q is not a file an export writes; the manifest was edited, so nothing was touched: restore it or export to a new folder", mf, n, line)
		}
		names[line] = true
	}
	if err := sc.Err(); err != nil {
		return nil, false, fmt.Errorf("export: %s: %w", mf, err)
	}
	return names, true, nil
}

// checkConflicts refuses, before anything is written, an export that would
// replace a file the previous one did not write, or write or remove through
// a symbolic link (which could lead out of the folder).
func checkConflicts(target string, files []file, old map[string]bool) error {
	check := func(name string, ours bool) error {
		parts := strings.Split(name, "/")
		for i := range parts {
			p := filepath.Join(target, filepath.FromSlash(strings.Join(parts[:i+1], "/")))
			fi, err := os.Lstat(p)
			if errors.Is(err, fs.ErrNotExist) {
				return nil // nothing further down exists either
			}
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			last := i == len(parts)-1
			switch {
			case fi.Mode()&fs.ModeSymlink != 0:
				return fmt.Errorf("export: %s is a symbolic link, which an export never writes; nothing was touched: remove the link or export to another folder", p)
			case !last && !fi.IsDir():
				return fmt.Errorf("export: %s is a file where the export needs a folder; nothing was touched: move it away or export to another folder", p)
			case last && !ours:
				return fmt.Errorf("export: %s exists and no earlier export wrote it (it is not in %s); nothing was touched: move it away or export to another folder", p, ManifestFile)
			case last && fi.IsDir():
				return fmt.Errorf("export: %s is a folder where the export writes a file; nothing was touched: move it away or export to another folder", p)
			}
		}
		return nil
	}
	for _, f := range files {
		if err := check(f.name, old[f.name] || f.name == ManifestFile); err != nil {
			return err
		}
	}
	for name := range old {
		if err := check(name, true); err != nil {
			return err
		}
	}
	return nil
}

// writeAll writes files into the empty folder dir.
func writeAll(dir string, files []file) (Stats, error) {
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[path.Dir(f.name)] = true
	}
	for d := range dirs {
		if err := os.MkdirAll(filepath.Join(dir, filepath.FromSlash(d)), 0o755); err != nil {
			return Stats{}, err
		}
	}
	// Writing is mostly waiting on the file system: a few writers per core.
	var g errgroup.Group
	g.SetLimit(4 * runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	var st Stats
	for _, f := range files {
		g.Go(func() error {
			if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(f.name)), f.data, 0o644); err != nil {
				return err
			}
			mu.Lock()
			st.Files++
			st.Bytes += int64(len(f.data))
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	return st, err
}

// moveInto moves the export written in tmp into the existing folder
// target, which holds the files listed in old (and perhaps others, which
// stay). The manifest always lists every file of ours in target: first the
// old and new names together, then, once the old files are gone, the new
// ones; so an export that stops half-way leaves nothing unlisted.
func moveInto(tmp, target string, files []file, old map[string]bool) error {
	fail := func(err error) error {
		return fmt.Errorf("export: moving the new export into %s stopped half-way (%w); every file of either export is listed in %s: export again", target, err, ManifestFile)
	}
	now := map[string]bool{}
	var names []string
	for _, f := range files {
		if f.name != ManifestFile {
			now[f.name] = true
			names = append(names, f.name)
		}
	}
	both := append([]string(nil), names...)
	for n := range old {
		if !now[n] {
			both = append(both, n)
		}
	}
	if err := putManifest(tmp, target, both); err != nil {
		return fail(err)
	}
	for _, n := range names {
		dst := filepath.Join(target, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fail(err)
		}
		if err := os.Rename(filepath.Join(tmp, filepath.FromSlash(n)), dst); err != nil {
			return fail(err)
		}
	}
	var gone []string
	for n := range old {
		if !now[n] {
			gone = append(gone, n)
		}
	}
	sort.Strings(gone)
	for _, n := range gone {
		p := filepath.Join(target, filepath.FromSlash(n))
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() {
			continue // already gone, or not the file we wrote: left alone
		}
		if err := os.Remove(p); err != nil {
			return fail(err)
		}
		// Folders the export made and that are now empty go too; one that
		// still holds anything (the user's files) fails to go and stays.
		for d := path.Dir(n); d != "."; d = path.Dir(d) {
			if os.Remove(filepath.Join(target, filepath.FromSlash(d))) != nil {
				break
			}
		}
	}
	if err := putManifest(tmp, target, names); err != nil {
		return fail(err)
	}
	return nil
}

// putManifest replaces target's manifest with one listing names, by a
// rename, so the manifest is never half written.
func putManifest(tmp, target string, names []string) error {
	p := filepath.Join(tmp, ManifestFile)
	if err := os.WriteFile(p, manifest(names), 0o644); err != nil {
		return err
	}
	return os.Rename(p, filepath.Join(target, ManifestFile))
}
