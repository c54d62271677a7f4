// Package export writes the rendered site to a folder that any static host
// or CDN serves unchanged: every page as …/index.html, every static file,
// whatever the generators added (sitemap, robots.txt), a 404.html per
// language, a root page that sends the reader to the Dutch home page, a .gz
// and a .br beside each text file, a _headers file with the headers the Go
// server sends, a _redirects file for the 404s and the root, and a manifest
// of every file it wrote, so the next export removes those and nothing else.
//
// The files are the very bytes the server keeps in memory (the same
// site.Site), so the export and the server cannot disagree; a test holds
// them to it.
package export

import (
	"fmt"
	"mime"
	"net/http"
	"path"
	"sort"
	"strings"

	"signaal/internal/lang"
	"signaal/internal/site"
)

// An Entry is one file of the export: its name in the folder (slash
// separated, without a leading slash) and the rendered file it holds.
type Entry struct {
	Name string
	File *site.File
}

// Entries lists every file of the site the export writes (all but
// _headers, _redirects and the manifest), sorted by name. The .gz and .br
// beside each one exist when File.Gzip and File.Brotli are set.
func Entries(built *site.Site) []Entry {
	var out []Entry
	for _, p := range built.Paths() {
		out = append(out, Entry{Name: FileName(p), File: built.File(p)})
	}
	for _, c := range lang.All {
		f := built.NotFound[c]
		if f == nil {
			continue
		}
		out = append(out, Entry{Name: string(c) + "/404.html", File: f})
		if c == lang.Default {
			// Hosts look for /404.html; it is the Dutch page.
			out = append(out, Entry{Name: "404.html", File: f})
		}
	}
	if built.Root != nil {
		out = append(out, Entry{Name: "index.html", File: built.Root})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// FileName is the name in the export of the file served at address p: a
// page address ending in a slash becomes its index.html.
func FileName(p string) string {
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	return name
}

// Headers returns the _headers file (the format of Netlify and Cloudflare
// Pages) that makes a static host send what the Go server sends: the
// security headers of site.SecurityHeaders on every response, and each
// file's own Cache-Control.
//
// Both hosts apply every rule that matches a path and join the values of a
// header set twice, so the rules never overlap on a header: "/*" carries
// only the security headers, and each Cache-Control rule covers a folder
// whose files all share it ("/static/*", "/nl/*") or one file. A file whose
// name a host cannot map to its type (the web manifest) gets its
// Content-Type from a rule of its own.
func Headers(built *site.Site) string {
	var b strings.Builder
	b.WriteString("# Headers for a static host (Netlify, Cloudflare Pages), written by `signaal export`\n")
	b.WriteString("# from the same source as the Go server's headers. Do not edit: export again.\n")
	b.WriteString("/*\n")
	writeHeaders(&b, site.SecurityHeaders())
	for _, r := range CacheRules(built) {
		b.WriteString(r.Pattern + "\n")
		writeHeaders(&b, http.Header{"Cache-Control": {r.CacheControl}})
	}
	for _, e := range Entries(built) {
		if ct := e.File.Header.Get("Content-Type"); ct != "" && mime.TypeByExtension(path.Ext(e.Name)) == "" {
			b.WriteString("/" + e.Name + "\n")
			writeHeaders(&b, http.Header{"Content-Type": {ct}})
		}
	}
	return b.String()
}

func writeHeaders(b *strings.Builder, h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range h[k] {
			fmt.Fprintf(b, "  %s: %s\n", k, v)
		}
	}
}

// A CacheRule gives the paths that match Pattern their Cache-Control.
type CacheRule struct {
	Pattern      string // "/static/*" or one exact path
	CacheControl string
}

// CacheRules groups the Cache-Control of every exported file into as few
// rules as the paths allow: one per top folder whose files all agree, and
// one per file otherwise (a page also under its index.html name).
func CacheRules(built *site.Site) []CacheRule {
	byPath := map[string]string{} // URL path → Cache-Control
	for _, e := range Entries(built) {
		cc := e.File.Header.Get("Cache-Control")
		byPath["/"+e.Name] = cc
		if strings.HasSuffix(e.Name, "index.html") {
			byPath["/"+strings.TrimSuffix(e.Name, "index.html")] = cc
		}
	}
	folders := map[string]map[string]bool{} // top folder → values
	for p, cc := range byPath {
		if top, _, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/"); ok {
			if folders[top] == nil {
				folders[top] = map[string]bool{}
			}
			folders[top][cc] = true
		}
	}
	var rules []CacheRule
	done := map[string]bool{}
	for p, cc := range byPath {
		top, _, ok := strings.Cut(strings.TrimPrefix(p, "/"), "/")
		switch {
		case ok && len(folders[top]) == 1:
			if !done[top] {
				rules = append(rules, CacheRule{"/" + top + "/*", cc})
				done[top] = true
			}
		case cc != "":
			rules = append(rules, CacheRule{p, cc})
		}
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].Pattern < rules[j].Pattern })
	return rules
}
