// Command gen writes a synthetic Signaal content tree of N pages per
// language, to measure how building and exporting scale with the size of
// the site (bench/run.sh) and to check start-up time at the size the real
// site will have. The pages are valid content: front matter as
// content/README.md describes it, a translation for every page, explicit
// heading IDs, and links between pages that `signaal check` follows. It
// also writes a minimal Hugo site over the same Markdown, so both tools
// build the very same files.
//
//	go run ./bench/gen -n 1000 -out /tmp/site [-data content] [-hugo /tmp/hugo]
package main

import (
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"

	"signaal/internal/synth"
)

func main() {
	n := flag.Int("n", 1000, "pages per language, home and section pages included")
	out := flag.String("out", "", "folder to write the content tree to (new or empty)")
	data := flag.String("data", "content", "folder to copy the data files (synth.DataFiles) from")
	hugo := flag.String("hugo", "", "also write a Hugo site whose content is the same Markdown, here (new or empty)")
	flag.Parse()
	if *out == "" || *n < 2 {
		fmt.Fprintln(os.Stderr, "gen: -out is required and -n must be at least 2")
		os.Exit(2)
	}
	tree := synth.Tree(*n)
	if err := generate(*out, *data, tree); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if *hugo != "" {
		if err := hugoSite(*hugo, tree); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

// generate writes the synthetic tree to out, with the data files copied
// from data.
func generate(out, data string, tree map[string]string) error {
	if err := fresh(out); err != nil {
		return err
	}
	for _, name := range synth.DataFiles {
		b, err := os.ReadFile(filepath.Join(data, name))
		if err != nil {
			return err
		}
		if err := write(filepath.Join(out, name), string(b)); err != nil {
			return err
		}
	}
	for name, body := range tree {
		if err := write(filepath.Join(out, filepath.FromSlash(name)), body); err != nil {
			return err
		}
	}
	return nil
}

// fresh refuses a folder that holds anything: gen never deletes or
// overwrites what it did not write.
func fresh(dir string) error {
	entries, err := os.ReadDir(dir)
	if err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty; give a new or empty folder", dir)
	}
	return nil
}

func write(name, data string) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, []byte(data), 0o644)
}

// hugoSite writes a minimal Hugo site over the same Markdown, with one
// small layout close to what Signaal renders: a page with its title, body
// and translations, and a section with the list of its pages. Hugo calls a
// section's page _index.md (an index.md would make the folder one page with
// the others as its attachments), so those are renamed; nothing else
// changes.
func hugoSite(dir string, tree map[string]string) error {
	if err := fresh(dir); err != nil {
		return err
	}
	for name, body := range tree {
		if path.Base(name) == "index.md" {
			name = path.Join(path.Dir(name), "_index.md")
		}
		if err := write(filepath.Join(dir, "content", filepath.FromSlash(name)), body); err != nil {
			return err
		}
	}
	files := map[string]string{
		"hugo.toml": `baseURL = "http://localhost/"
defaultContentLanguage = "nl"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[languages.nl]
contentDir = "content/nl"
weight = 1
[languages.en]
contentDir = "content/en"
weight = 2
[markup.goldmark.renderer]
unsafe = false
[markup.goldmark.parser.attribute]
title = true
`,
		"layouts/_default/baseof.html": `<!doctype html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} · Signaal</title><meta name="description" content="{{ .Description }}"><link rel="stylesheet" href="/site.css">{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}</head><body><header><a href="/{{ .Language.Lang }}/">Signaal</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>`,
		"layouts/_default/single.html": `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}`,
		"layouts/_default/list.html":   `{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul></article>{{ end }}`,
	}
	for name, data := range files {
		if err := write(filepath.Join(dir, name), data); err != nil {
			return err
		}
	}
	return nil
}
