package lang

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The message files: messages/nl.toml and messages/en.toml.
//
//go:embed messages/*.toml
var messageFiles embed.FS

// Messages is the interface text of every language, parsed from one message
// file per language (as Hugo builds its translators from files, never in
// init).
type Messages struct {
	localizers map[Code]*i18n.Localizer
	ids        map[Code][]string
}

// LoadMessages parses messages/<code>.toml in fsys for every language. An
// error names the file that must be fixed.
func LoadMessages(fsys fs.FS) (*Messages, error) {
	bundle := i18n.NewBundle(language.Dutch)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	m := &Messages{localizers: map[Code]*i18n.Localizer{}, ids: map[Code][]string{}}
	for _, c := range All {
		name := "messages/" + string(c) + ".toml"
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("lang: %w", err)
		}
		file, err := bundle.ParseMessageFileBytes(data, string(c)+".toml")
		if err != nil {
			return nil, fmt.Errorf("lang: internal/lang/%s: %w", name, err)
		}
		for _, msg := range file.Messages {
			m.ids[c] = append(m.ids[c], msg.ID)
		}
		m.localizers[c] = i18n.NewLocalizer(bundle, string(c))
	}
	return m, nil
}

// embedded is the built-in message files, parsed on first use.
var embedded = sync.OnceValues(func() (*Messages, error) { return LoadMessages(messageFiles) })

// Load parses the built-in message files and reports what is wrong with
// them. The program calls it before it renders anything, so a broken file
// stops it with the file's name rather than a panic or a page of message IDs.
func Load() error {
	_, err := embedded()
	return err
}

// localizer returns the localizer of language c, Dutch for an unknown code,
// or nil when the message files did not load (Load has said why).
func localizer(c Code) *i18n.Localizer {
	m, err := embedded()
	if err != nil {
		return nil
	}
	if loc := m.localizers[c]; loc != nil {
		return loc
	}
	return m.localizers[Default]
}

// Has reports whether language c has message id. Translate shows a missing
// message as its ID, which cannot be told from a message whose text is its
// ID ("undated"), so a check that a template's messages exist asks here.
func Has(c Code, id string) bool {
	m, err := embedded()
	return err == nil && slices.Contains(m.ids[c], id)
}

// localize returns the message that cfg asks for in language c, or its ID
// when there is none: a missing message is a programming error the tests
// catch, and at run time it shows the ID rather than failing the page.
func localize(c Code, cfg *i18n.LocalizeConfig) string {
	loc := localizer(c)
	if loc == nil {
		return cfg.MessageID
	}
	s, err := loc.Localize(cfg)
	if err != nil {
		return cfg.MessageID
	}
	return s
}

// Translate returns the message id in language c, filled with data.
func Translate(c Code, id string, data map[string]any) string {
	return localize(c, &i18n.LocalizeConfig{MessageID: id, TemplateData: data})
}

// T returns the interface text id in the language of ctx.
func T(ctx context.Context, id string) string {
	return Translate(FromContext(ctx), id, nil)
}

// Tf returns the interface text id in the language of ctx, with its
// {{.Name}} placeholders filled from data.
func Tf(ctx context.Context, id string, data map[string]any) string {
	return Translate(FromContext(ctx), id, data)
}

// TN returns the text id for count n, with the CLDR plural form (one, other)
// of the language of ctx; {{.Count}} in the message is replaced by n.
func TN(ctx context.Context, id string, n int) string {
	return localize(FromContext(ctx), &i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": n}})
}

// Date formats a date the way a reader of language c writes it:
// "24 november 2026" in Dutch, "24 November 2026" in English.
func Date(c Code, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	month := Translate(c, fmt.Sprintf("month%d", int(t.Month())), nil)
	return fmt.Sprintf("%d %s %d", t.Day(), month, t.Year())
}

// Month formats a year and month ("maart 2021", "March 2021"), for sources
// that give no day.
func Month(c Code, t time.Time) string {
	month := Translate(c, fmt.Sprintf("month%d", int(t.Month())), nil)
	return strings.TrimSpace(month + " " + fmt.Sprint(t.Year()))
}

// TNPattern returns the plural form of id that fits n in the language of
// ctx, with {{.Count}} written as "{n}", for a script that counts something
// itself and must not hold text of its own: it picks the form and fills in
// the number.
func TNPattern(ctx context.Context, id string, n int) string {
	return localize(FromContext(ctx), &i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": "{n}"}})
}
