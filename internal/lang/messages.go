package lang

import (
	"context"
	"embed"
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The message files: messages/nl.toml and messages/en.toml.
//
//go:embed messages/*.toml
var messageFiles embed.FS

var (
	bundle     *i18n.Bundle
	localizers = map[Code]*i18n.Localizer{}
)

func init() {
	bundle = i18n.NewBundle(language.Dutch)
	bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	for _, c := range All {
		name := "messages/" + string(c) + ".toml"
		data, err := messageFiles.ReadFile(name)
		if err != nil {
			panic(fmt.Sprintf("lang: %s: %v", name, err))
		}
		if _, err := bundle.ParseMessageFileBytes(data, string(c)+".toml"); err != nil {
			panic(fmt.Sprintf("lang: %s: %v", name, err))
		}
		localizers[c] = i18n.NewLocalizer(bundle, string(c))
	}
}

// MessageIDs returns every message ID defined for a language, for the test
// that holds both files to the same set.
func MessageIDs(c Code) []string {
	data, err := messageFiles.ReadFile("messages/" + string(c) + ".toml")
	if err != nil {
		return nil
	}
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		return nil
	}
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	return ids
}

// Translate returns the message id in language c, filled with data.
// A missing message is a programming error the tests catch; at run time it
// shows the ID rather than failing the page.
func Translate(c Code, id string, data map[string]any) string {
	loc := localizers[c]
	if loc == nil {
		loc = localizers[Default]
	}
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
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
	c := FromContext(ctx)
	loc := localizers[c]
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": n}})
	if err != nil {
		return id
	}
	return s
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
	loc := localizers[FromContext(ctx)]
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, PluralCount: n, TemplateData: map[string]any{"Count": "{n}"}})
	if err != nil {
		return id
	}
	return s
}
