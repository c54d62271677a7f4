// Package synth makes synthetic Signaal content of any size, to measure how
// building, serving and exporting scale (the build benchmarks, the start-up
// figure and bench/run.sh). The pages are valid content: front matter as
// content/README.md describes it, a translation for every page, explicit
// heading IDs in English, and links between pages that `signaal check`
// follows. The text is short plain sentences, so it reads at the level the
// readability check asks of young readers.
package synth

import (
	"fmt"
	"io/fs"
	"strings"
	"testing/fstest"
)

// perSection is how many pages one section folder holds, like a large real
// section.
const perSection = 50

// words per language, simple and short, so the text reads at the level the
// readability check asks of young readers.
var words = map[string]struct {
	section, page, more, sentences string
	heads                          [3]string
}{
	"nl": {"onderwerp", "pagina", "Lees meer", "Je mag altijd hulp vragen. Praat met iemand die je vertrouwt. Dat kan een vriend zijn of je moeder. Het is nooit jouw schuld. Je bent niet alleen. Bel of chat als je twijfelt. Niemand hoeft te weten dat je belt. Je krijgt rustig antwoord.",
		[3]string{"Wat is het", "Wat kun je doen", "Wie helpt je"}},
	"en": {"topic", "page", "Read more", "You can always ask for help. Talk to someone you trust. That can be a friend or your mum. It is never your fault. You are not alone. Call or chat if you are not sure. Nobody has to know that you call. You get a calm answer.",
		[3]string{"What it is", "What you can do", "Who helps you"}},
}

// DataFiles are the files of the real content that a synthetic tree shares:
// the help lines, sources and signs its pages may name, and the publisher. The posters and
// the menu (menu.yaml) are left out, because they name the real site's pages.
var DataFiles = []string{"helplines.yaml", "sources.yaml", "signs.yaml", "site.yaml"}

// Site returns a whole content tree in memory: the pages of Tree(n) and the
// DataFiles copied from data (the real content), for the benchmarks and
// tests that measure a site of a given size.
func Site(data fs.FS, n int) (fstest.MapFS, error) {
	fsys := fstest.MapFS{}
	for _, name := range DataFiles {
		b, err := fs.ReadFile(data, name)
		if err != nil {
			return nil, err
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	for name, body := range Tree(n) {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return fsys, nil
}

// Tree returns the Markdown files of n pages per language, by their path
// in the content tree: a home page, one section page per perSection
// articles, and the articles spread over the sections. The data files
// (helplines.yaml and the rest) are not included: Site adds them.
func Tree(n int) map[string]string {
	files := map[string]string{}
	if n < 2 {
		n = 2
	}
	sections := (n - 1 + perSection) / (perSection + 1)
	if sections < 1 {
		sections = 1
	}
	articles := n - 1 - sections
	for _, l := range []string{"nl", "en"} {
		w := words[l]
		// Home, linking to every section. Each link is a short plain
		// phrase: a list of "Onderwerp 197" items, which the readability
		// check reads as sentences of long words, failed at 200 sections.
		var home strings.Builder
		home.WriteString(frontMatter(l, "Signaal", "home", "home", 0))
		home.WriteString(paragraph(w.sentences, 1))
		for s := 0; s < sections; s++ {
			fmt.Fprintf(&home, "- [%s](/%s/%s-%d/)\n", w.more, l, w.section, s+1)
		}
		files[l+"/index.md"] = home.String()
		for s := 0; s < sections; s++ {
			dir := fmt.Sprintf("%s/%s-%d", l, w.section, s+1)
			files[dir+"/index.md"] = frontMatter(l, fmt.Sprintf("%s %d", w.section, s+1), "section", fmt.Sprintf("s%d", s+1), s+1) + paragraph(w.sentences, 1)
		}
		for a := 0; a < articles; a++ {
			s := a % sections
			dir := fmt.Sprintf("%s/%s-%d", l, w.section, s+1)
			var b strings.Builder
			b.WriteString(frontMatter(l, fmt.Sprintf("%s %d", w.page, a+1), "", fmt.Sprintf("p%d", a+1), a/sections+1))
			for i, h := range w.heads {
				id := [3]string{"what", "do", "help"}[i]
				fmt.Fprintf(&b, "## %s {#%s}\n\n%s\n", h, id, paragraph(w.sentences, 2))
			}
			// Links to the section and to a neighbour, with an anchor, so the
			// link check has work to do.
			next := (a + sections) % articles
			fmt.Fprintf(&b, "- [%s](/%s/%s-%d/)\n- [%s %d](/%s/%s-%d/%s-%d/#help)\n",
				w.section, l, w.section, s+1, w.page, next+1, l, w.section, next%sections+1, w.page, next+1)
			files[fmt.Sprintf("%s/%s-%d.md", dir, w.page, a+1)] = b.String()
		}
	}
	return files
}

func frontMatter(l, title, layout, key string, weight int) string {
	desc := map[string]string{"nl": "Korte uitleg en hulp.", "en": "Short explanation and help."}[l]
	fm := fmt.Sprintf("---\ntitle: %s\ndescription: %s\ntranslationKey: %s\naudience: youth\nweight: %d\nreviewed: 2026-11-24\n", title, desc, key, weight)
	if layout != "" {
		fm += "layout: " + layout + "\n"
	}
	return fm + "---\n"
}

func paragraph(s string, times int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", times)) + "\n\n"
}
