package site

import (
	"bytes"
	"encoding/xml"
	"net/http"
	"time"

	"signaal/internal/content"
	"signaal/internal/lang"
)

// An alternate is one language version of a page, for hreflang.
type alternate struct {
	Lang string // "nl", "en" or "x-default"
	Path string
}

// A sitemapEntry is one page of the sitemap.
type sitemapEntry struct {
	Path       string
	Lastmod    time.Time // zero when unknown
	Alternates []alternate
}

// alternatesOf returns the hreflang alternates of a page with a Dutch and
// an English version: both, and x-default for the Dutch one, as the page's
// own <link rel="alternate"> tags say. A page without a translation has none.
func alternatesOf(c lang.Code, self, other string) []alternate {
	if other == "" {
		return nil
	}
	byLang := map[lang.Code]string{c: self, c.Other(): other}
	var out []alternate
	for _, l := range lang.All {
		out = append(out, alternate{string(l), byLang[l]})
	}
	return append(out, alternate{"x-default", byLang[lang.Default]})
}

// sitemapEntries lists every page a search engine may show: the content
// pages and the posters, in address order.
func sitemapEntries(cs *content.Site) []sitemapEntry {
	var out []sitemapEntry
	for _, p := range cs.Pages {
		var other string
		if p.Translation != nil {
			other = p.Translation.Path
		}
		out = append(out, sitemapEntry{Path: p.Path, Lastmod: p.Reviewed, Alternates: alternatesOf(p.Lang, p.Path, other)})
	}
	for _, c := range lang.All {
		for _, sec := range cs.PosterSections(c) {
			for _, size := range []string{content.PosterA4, content.PosterA5} {
				var other string
				if sec.Translation != nil && cs.PosterFor(sec.Translation) != nil {
					other = content.PosterPath(sec.Translation, size)
				}
				self := content.PosterPath(sec, size)
				out = append(out, sitemapEntry{Path: self, Alternates: alternatesOf(c, self, other)})
			}
		}
	}
	return out
}

// sitemap makes /sitemap.xml (sitemaps.org 0.9) with xhtml:link hreflang
// alternates, so a search engine shows a reader the page in their language.
func sitemap(s *Site, _ Options) ([]*File, error) {
	base := s.Config.BaseURL
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	esc := func(s string) string {
		var e bytes.Buffer
		_ = xml.EscapeText(&e, []byte(s)) // fails only when its writer does; a bytes.Buffer does not
		return e.String()
	}
	for _, e := range sitemapEntries(s.Content) {
		b.WriteString("<url><loc>" + esc(absURL(base, e.Path)) + "</loc>")
		if !e.Lastmod.IsZero() {
			b.WriteString("<lastmod>" + e.Lastmod.Format("2006-01-02") + "</lastmod>")
		}
		for _, a := range e.Alternates {
			b.WriteString(`<xhtml:link rel="alternate" hreflang="` + a.Lang + `" href="` + esc(absURL(base, a.Path)) + `"/>`)
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return []*File{newFile("/sitemap.xml", http.StatusOK, "application/xml; charset=utf-8", PageCache, b.Bytes())}, nil
}

// robots makes /robots.txt: everything may be crawled, and here is the map.
func robots(s *Site, _ Options) ([]*File, error) {
	body := "User-agent: *\nAllow: /\n\nSitemap: " + absURL(s.Config.BaseURL, "/sitemap.xml") + "\n"
	return []*File{newFile("/robots.txt", http.StatusOK, "text/plain; charset=utf-8", PageCache, []byte(body))}, nil
}

// absURL joins the base URL and a site path.
func absURL(base, p string) string {
	for len(base) > 0 && base[len(base)-1] == '/' {
		base = base[:len(base)-1]
	}
	return base + p
}
