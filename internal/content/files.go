package content

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"
)

// MaxPageBytes is the largest page file accepted: 256 KB, about 40,000
// words, ten times the longest page of the site and more than anyone reads
// on a phone. Every search reads every page, so one huge page (10 MB) makes
// every search about 40 times slower; and the whole site is kept in memory.
const MaxPageBytes = 256 << 10

// MaxDataBytes is the largest data file (helplines.yaml, …) accepted: 1 MB,
// a hundred times the help lines of today.
const MaxDataBytes = 1 << 20

// readFile reads a content file after checking that it is safe to publish:
// not a symbolic link that leads out of the content folder, no larger than
// limit, and UTF-8 throughout. Problems are reported at the file (and line);
// it returns nil then.
func readFile(fsys fs.FS, name string, limit int64, ps *problems) []byte {
	if msg := linkProblem(fsys, name); msg != "" {
		ps.add(name, 0, "%s", msg)
		return nil
	}
	info, err := fs.Stat(fsys, name)
	if err != nil {
		ps.add(name, 0, "cannot read: %v", err)
		return nil
	}
	if info.Size() > limit {
		ps.add(name, 0, "the file is %s; a file here may be at most %s: split it up", size(info.Size()), size(limit))
		return nil
	}
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		ps.add(name, 0, "cannot read: %v", err)
		return nil
	}
	if int64(len(src)) > limit { // it grew since Stat
		ps.add(name, 0, "the file is over %s: split it up", size(limit))
		return nil
	}
	if !utf8.Valid(src) {
		line, col := invalidUTF8(src)
		ps.add(name, line, "column %d: this is not UTF-8 text: save the file as UTF-8 (the byte 0x%02x is not a letter in UTF-8)", col, src[offsetOf(src, line, col)])
		return nil
	}
	return src
}

// invalidUTF8 returns the line and column (in bytes, 1-based) of the first
// byte that is not UTF-8.
func invalidUTF8(src []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return line, i - start + 1
		}
		if r == '\n' {
			line, start = line+1, i+1
		}
		i += n
	}
	return line, 0
}

// offsetOf returns the offset of a line and column found by invalidUTF8.
func offsetOf(src []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		off += bytes.IndexByte(src[off:], '\n') + 1
	}
	return off + col - 1
}

func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// linkProblem says what is wrong when name is a symbolic link the site must
// not follow: one that leads out of the content folder (the site would
// publish a file from elsewhere on the machine), or one to a folder (whose
// pages would silently be left out). It returns "" for anything else.
func linkProblem(fsys fs.FS, name string) string {
	info, err := fs.Lstat(fsys, name)
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		return ""
	}
	target, err := fs.ReadLink(fsys, name)
	if err != nil {
		return fmt.Sprintf("is a symbolic link that cannot be read: %v", err)
	}
	if path.IsAbs(target) || strings.HasPrefix(target, `\`) {
		return fmt.Sprintf("is a symbolic link to %s, outside the content folder: copy the file into the content folder instead (a link may only lead to a file inside it, by a relative path)", target)
	}
	joined := path.Join(path.Dir(name), target)
	if joined == ".." || strings.HasPrefix(joined, "../") {
		return fmt.Sprintf("is a symbolic link to %s, outside the content folder: copy the file into the content folder instead", target)
	}
	if st, err := fs.Stat(fsys, name); err == nil && st.IsDir() && path.Dir(name) != "." {
		return fmt.Sprintf("is a symbolic link to the folder %s: its pages would not be published; move or copy the folder here instead", target)
	}
	return ""
}
