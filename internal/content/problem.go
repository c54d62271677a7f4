package content

import (
	"fmt"
	"sort"
	"strings"
)

// A Problem is something a content editor must fix (or, for a warning,
// should look at), with the file and line where it is.
type Problem struct {
	File    string // path inside the content tree, e.g. "nl/jongeren/index.md"
	Line    int    // 1-based; 0 when the problem concerns the whole file
	Message string
	Warning bool // a warning does not stop the site from serving
}

func (p Problem) String() string {
	prefix := p.File
	if p.Line > 0 {
		prefix = fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	if p.Warning {
		return prefix + ": warning: " + p.Message
	}
	return prefix + ": " + p.Message
}

// Problems is the error Load returns when content is broken: every problem
// found, not just the first, so an editor can fix them in one go.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Errors returns the problems that are not warnings.
func (ps Problems) Errors() Problems {
	var out Problems
	for _, p := range ps {
		if !p.Warning {
			out = append(out, p)
		}
	}
	return out
}

// Warnings returns the problems that are only warnings.
func (ps Problems) Warnings() Problems {
	var out Problems
	for _, p := range ps {
		if p.Warning {
			out = append(out, p)
		}
	}
	return out
}

func (ps Problems) sorted() Problems {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return ps
}

// problems collects Problems while loading.
type problems struct {
	list Problems
	// broken holds the data files that could not be read at all: what
	// refers to them is not checked, so one typo is one problem, not one
	// for every page that names a help line.
	broken map[string]bool
}

// markBroken records that a data file could not be read.
func (ps *problems) markBroken(name string) {
	if ps.broken == nil {
		ps.broken = map[string]bool{}
	}
	ps.broken[name] = true
}

func (ps *problems) add(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...)})
}

func (ps *problems) warn(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: file, Line: line, Message: fmt.Sprintf(format, args...), Warning: true})
}
