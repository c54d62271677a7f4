package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// lineError is a problem at a line of a file.
type lineError struct {
	line int
	msg  string
	err  error // what it is, when callers tell kinds apart (errEmptyYAML)
}

func (e lineError) Error() string { return e.msg }

func (e lineError) Unwrap() error { return e.err }

// errEmptyYAML is a document with nothing in it (or only comments): each
// caller says what an empty file means for it.
var errEmptyYAML = errors.New("empty")

// decodeYAML decodes src strictly (an unknown field is a typo) into v and
// returns the parsed document, whose nodes give callers the line of a field
// or an entry, with every problem at its line of the file: line 1 of src is
// line offset+1 of the file. A nil v only parses. yaml.v3 alone gets this wrong in three ways, all
// mended here: a syntax error is reported at the line where the enclosing
// block began, counted from 0, instead of the line that is wrong; a
// duplicate key's message loses the line of the first one; and an empty
// document is the error "EOF".
func decodeYAML(src []byte, v any, offset int) (*yaml.Node, []lineError) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, []lineError{{line: syntaxErrorLine(src, err) + offset, msg: yamlMessage(err.Error(), offset)}}
	}
	if len(doc.Content) == 0 {
		return nil, []lineError{{line: 0, msg: errEmptyYAML.Error(), err: errEmptyYAML}}
	}
	if v == nil {
		return &doc, nil
	}
	// A Node decodes without KnownFields, so the strict decode reads the
	// bytes again; its errors are all reported.
	dec := yaml.NewDecoder(bytes.NewReader(src))
	dec.KnownFields(true)
	err := dec.Decode(v)
	var te *yaml.TypeError
	switch {
	case err == nil, errors.Is(err, io.EOF):
		return &doc, nil
	case errors.As(err, &te):
		out := make([]lineError, 0, len(te.Errors))
		for _, e := range te.Errors {
			line := 0
			if m := leadingLine.FindStringSubmatch(e); m != nil {
				line, _ = strconv.Atoi(m[1])
				line += offset
			}
			out = append(out, lineError{line: line, msg: yamlMessage(e, offset)})
		}
		return &doc, out
	}
	// The YAML is well formed: a field's own check failed (a date), and
	// its message names the line.
	return &doc, []lineError{{line: yamlLine(err) + offset, msg: yamlMessage(err.Error(), offset)}}
}

var (
	// leadingLine is the "line N:" a yaml.v3 message starts with.
	leadingLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)
	// atLine is a line a message refers to, such as a first definition.
	atLine = regexp.MustCompile(`at line (\d+)`)
	// typeName matches the Go type yaml names in a message, which means
	// nothing to an editor.
	typeName = regexp.MustCompile(` (in|into) (type )?[\w.\[\]*]+`)
	// unknownField is yaml.v3's message for a field a strict decode does
	// not know: a typo.
	unknownField = regexp.MustCompile(`^field (\S+) not found$`)
)

// yamlMessage makes a yaml.v3 message readable for an editor: no "yaml:"
// or leading line (the problem carries the line), no Go types, and a line
// it refers to counted as a line of the file.
func yamlMessage(msg string, offset int) string {
	msg = strings.TrimPrefix(msg, "yaml: ")
	msg = leadingLine.ReplaceAllString(msg, "")
	msg = atLine.ReplaceAllStringFunc(msg, func(m string) string {
		n, _ := strconv.Atoi(atLine.FindStringSubmatch(m)[1])
		return fmt.Sprintf("on line %d", n+offset)
	})
	if strings.HasPrefix(msg, "mapping key ") && strings.Contains(msg, "already defined") {
		msg = strings.Replace(strings.TrimPrefix(msg, "mapping "), "already defined", "is given twice: first", 1)
	}
	msg = typeName.ReplaceAllString(msg, "")
	msg = unknownField.ReplaceAllString(msg, `unknown field "$1": check its spelling`)
	return strings.Join(strings.Fields(msg), " ")
}

// maxScanLines bounds the search for a syntax error's line: beyond it the
// line yaml.v3 gives is used.
const maxScanLines = 4000

// syntaxErrorLine returns the line (1-based) of src that makes it invalid
// YAML: the line after the longest run of whole lines from the start that
// still parses. (A prefix may fail for a while and parse again, inside a
// quoted text that spans lines; counting back from the end finds the line
// after which nothing parses any more.)
func syntaxErrorLine(src []byte, err error) int {
	ends := []int{} // offset just past each line
	for i, b := range src {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(src) > 0 && src[len(src)-1] != '\n' {
		ends = append(ends, len(src))
	}
	if len(ends) > maxScanLines {
		return yamlLine(err)
	}
	var n yaml.Node
	for k := len(ends) - 1; k >= 1; k-- {
		if yaml.Unmarshal(src[:ends[k-1]], &n) == nil {
			return k + 1
		}
	}
	return 1
}

// yamlLine is the line a yaml.v3 error names, or 0.
func yamlLine(err error) int {
	if m := leadingLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// entryLines returns the line of each entry of a list node, for messages
// about one entry.
func entryLines(list *yaml.Node) []int {
	if list == nil || list.Kind != yaml.SequenceNode {
		return nil
	}
	lines := make([]int, len(list.Content))
	for i, n := range list.Content {
		lines[i] = n.Line
	}
	return lines
}

// keyLines returns the line of each key of a mapping node.
func keyLines(m *yaml.Node) map[string]int {
	out := map[string]int{}
	if m == nil || m.Kind != yaml.MappingNode {
		return out
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		out[m.Content[i].Value] = m.Content[i].Line
	}
	return out
}

// valueOf returns the value under key in a mapping node, or nil.
func valueOf(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// lineAt returns lines[i], or 0 when there is none.
func lineAt(lines []int, i int) int {
	if i < len(lines) {
		return lines[i]
	}
	return 0
}
