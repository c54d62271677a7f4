package main

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"signaal"
	"signaal/internal/export"
	"signaal/internal/readability"
	"signaal/internal/site"
	"signaal/internal/synth"
)

// A small synthetic site goes through what `signaal export` does (every
// content check, readability included, then the export), so the scale
// benchmark of bench/run.sh cannot rot unnoticed. internal/synth holds the
// largest home page to the readability rule.
func TestGeneratedSiteExports(t *testing.T) {
	base := t.TempDir()
	src := filepath.Join(base, "content")
	if err := generate(src, "../../content", synth.Tree(8)); err != nil {
		t.Fatal(err)
	}
	if err := hugoSite(filepath.Join(base, "hugo"), synth.Tree(8)); err != nil {
		t.Fatal(err)
	}
	built, err := site.Build(site.Config{
		Content: os.DirFS(src), Static: signaal.Static(),
		BaseURL: "https://signaal.example", ExitURL: "https://weather.example/",
		BrotliQuality: site.DefaultBrotliQuality, Check: readability.Check,
		Logger: slog.New(slog.DiscardHandler),
	})
	if err != nil {
		t.Fatalf("the generated site fails the content checks:\n%v", err)
	}
	if len(built.Content.Pages) != 16 {
		t.Errorf("%d pages, want 8 a language", len(built.Content.Pages))
	}
	out := filepath.Join(base, "out")
	if _, err := (export.Options{ContentDir: src}).Write(built, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(out, "en", "topic-1", "page-1", "index.html")); err != nil {
		t.Error(err)
	}
}

// gen writes only into a new or empty folder: it never deletes what it did
// not write.
func TestGenerateRefusesFullFolder(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "thesis.doc")
	if err := os.WriteFile(mine, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, err := range map[string]error{
		"content": generate(dir, "../../content", synth.Tree(3)),
		"hugo":    hugoSite(dir, synth.Tree(3)),
	} {
		if err == nil || !strings.Contains(err.Error(), "not empty") {
			t.Errorf("%s: error %v, want a refusal", name, err)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Error("gen deleted a file it did not write")
	}
}
