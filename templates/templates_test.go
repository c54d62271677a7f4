package templates

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"signaal/internal/content"
)

var (
	expr        = regexp.MustCompile(`\{[^{}]*\}`)
	tag         = regexp.MustCompile(`<[^<>]*>`)
	literalAttr = regexp.MustCompile(`\b(aria-label|title|alt|placeholder|value)="[^"]*\pL[^"]*"`)
	statement   = regexp.MustCompile(`^(if|else|for|switch|case|default|@|}|templ |package|import|func|//|"|\))`)
)

// notTranslated are words that are the same in every language.
var notTranslated = map[string]bool{"Signaal": true}

// hardCodedText finds interface text written into a template instead of
// taken from the message files: text between tags, and literal values of
// attributes a person reads or hears (aria-label, title, alt, placeholder).
func hardCodedText(src string) []string {
	var found []string
	var body []string
	inTempl := false
	for _, line := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(line, "templ "):
			inTempl = true
			continue
		case line == "}":
			inTempl = false
			continue
		case !inTempl:
			continue
		}
		s := strings.TrimSpace(line)
		found = append(found, literalAttr.FindAllString(s, -1)...)
		if !statement.MatchString(s) {
			body = append(body, s)
		}
	}
	text := strings.Join(body, "\n")
	for prev := ""; prev != text; {
		prev = text
		text = expr.ReplaceAllString(text, " ")
	}
	text = tag.ReplaceAllString(text, " ")
	for _, line := range strings.Split(text, "\n") {
		for _, word := range strings.FieldsFunc(line, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if !notTranslated[word] {
				found = append(found, strings.TrimSpace(line))
				break
			}
		}
	}
	return found
}

func TestNoHardCodedInterfaceText(t *testing.T) {
	files, _ := filepath.Glob("*.templ")
	if len(files) == 0 {
		t.Fatal("no templates")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range hardCodedText(string(src)) {
			t.Errorf("%s: hard-coded interface text %q: put it in the message files and use lang.T", f, s)
		}
	}
}

// The scanner itself must catch what it is for.
func TestHardCodedTextScanner(t *testing.T) {
	bad := "templ x() {\n\t<p>Bel ons nu</p>\n\t<a aria-label=\"Sluiten\">{ lang.T(ctx, \"close\") }</a>\n}\n"
	if got := hardCodedText(bad); len(got) != 2 {
		t.Errorf("scanner found %v, want two findings", got)
	}
	good := "templ x() {\n\t<p>{ lang.T(ctx, \"call\") }</p>\n\tif a {\n\t\t<a href={ x }>Signaal</a>\n\t}\n}\n"
	if got := hardCodedText(good); len(got) != 0 {
		t.Errorf("scanner flagged %v in a clean template", got)
	}
}

func TestChooserOffersOnlyWaysSomeLineHas(t *testing.T) {
	site := &content.Site{Helplines: []*content.Helpline{{Key: "a", Ways: []string{"chat", "web"}}, {Key: "b", Ways: []string{"call", "tip"}}}}
	got := strings.Join(waysOffered(site), " ")
	if got != "call chat tip" {
		t.Errorf("waysOffered = %q, want %q (chooser order, and no text or in-person: no line has them)", got, "call chat tip")
	}
}

func TestSpokenDigits(t *testing.T) {
	for in, want := range map[string]string{
		"112":         "1 1 2",
		"0800-0432":   "0 8 0 0, 0 4 3 2",
		"088 333 444": "0 8 8, 3 3 3, 4 4 4",
		"+31 20 1":    "+ 3 1, 2 0, 1",
		"0900-8844 ":  "0 9 0 0, 8 8 4 4",
	} {
		if got := spokenDigits(in); got != want {
			t.Errorf("spokenDigits(%q) = %q, want %q", in, got, want)
		}
	}
}
