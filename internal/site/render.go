package site

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/a-h/templ"
	"golang.org/x/sync/errgroup"

	"signaal/internal/content"
	"signaal/internal/lang"
	"signaal/internal/search"
	"signaal/templates"
)

// A File is one response of the site, ready to send.
type File struct {
	Path   string // the address it is served at
	Status int    // 200, or 404 for the not-found pages
	Header http.Header

	Body   []byte // identity encoding
	Gzip   []byte // nil when compression does not pay (images)
	Brotli []byte
	ETag   string // strong validator of Body, quoted
}

// Site is the rendered site.
type Site struct {
	Content *content.Site
	Files   map[string]*File // by address
	// NotFound holds the 404 page of each language.
	NotFound map[lang.Code]*File
	// Root is the page the static export puts at "/": it sends the reader
	// to the Dutch home page. The server redirects by Accept-Language
	// instead, so it is not in Files.
	Root *File
	// Config is what the pages were rendered with.
	Config templates.Config
	// Search is the search index of each language, built from the same
	// content: the server answers searches with it, and its browser form
	// is among the files (see searchPages).
	Search map[lang.Code]*search.Index
}

// Options say how to build.
type Options struct {
	templates.Config
	// Static holds the files served under /static/.
	Static fs.FS
	// BrotliQuality trades build time for size (0–11).
	BrotliQuality int
	// Now is the time of the build, from which dated files (security.txt's
	// Expires) count; zero means the moment Build runs.
	Now time.Time
}

// File returns the file at an address, or nil.
func (s *Site) File(p string) *File { return s.Files[p] }

// Paths returns every address, sorted.
func (s *Site) Paths() []string {
	out := make([]string, 0, len(s.Files))
	for p := range s.Files {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// Render renders loaded content with the templates into a Site: every page,
// the generated files (see generators), the compressed encodings and the
// search indexes.
func Render(cs *content.Site, opt Options) (*Site, error) {
	if err := lang.Load(); err != nil {
		return nil, err
	}
	s := &Site{Content: cs, Files: map[string]*File{}, NotFound: map[lang.Code]*File{}}
	assets, err := staticFiles(opt.Static)
	if err != nil {
		return nil, err
	}
	opt.Assets = map[string]string{}
	for name, f := range assets {
		opt.Assets[name] = f.Path
		s.Files[f.Path] = f
	}
	s.Config = opt.Config

	// Rendering is work for the processor: one page per core at a time.
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	var mu sync.Mutex
	add := func(f *File, notFound lang.Code) {
		mu.Lock()
		defer mu.Unlock()
		if notFound != "" {
			s.NotFound[notFound] = f
			return
		}
		s.Files[f.Path] = f
	}
	for _, p := range cs.Pages {
		g.Go(func() error {
			f, err := renderPage(PageView(cs, p, opt.Config), templates.Page, http.StatusOK)
			if err != nil {
				return fmt.Errorf("%s: %w", p.File, err)
			}
			add(f, "")
			return nil
		})
	}
	for _, c := range lang.All {
		g.Go(func() error {
			f, err := renderPage(NotFoundView(cs, c, opt.Config), templates.NotFound, http.StatusNotFound)
			if err != nil {
				return err
			}
			add(f, c)
			return nil
		})
	}
	g.Go(func() error {
		f, err := renderPage(templates.View{Site: cs, Lang: lang.Default, Path: "/", Config: opt.Config}, templates.Root, http.StatusOK)
		s.Root = f
		return err
	})
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for _, gen := range generators() {
		files, err := gen(s, opt)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			if s.Files[f.Path] != nil {
				return nil, fmt.Errorf("%s: two outputs have this address (a page and a generated file?)", f.Path)
			}
			s.Files[f.Path] = f
		}
	}
	var all []*File
	for _, f := range s.Files {
		all = append(all, f)
	}
	for _, f := range s.NotFound {
		all = append(all, f)
	}
	all = append(all, s.Root)
	if err := compressAll(all, opt.BrotliQuality); err != nil {
		return nil, err
	}
	return s, nil
}

// PageView makes the view of a content page.
func PageView(cs *content.Site, p *content.Page, cfg templates.Config) templates.View {
	v := templates.View{Site: cs, Page: p, Lang: p.Lang, Path: p.Path, Title: p.Title, Description: p.Description, Config: cfg}
	if p.Translation != nil {
		v.AltPath = p.Translation.Path
	}
	return v
}

// NotFoundView makes the view of a language's 404 page.
func NotFoundView(cs *content.Site, c lang.Code, cfg templates.Config) templates.View {
	v := templates.View{Site: cs, Lang: c, Path: "/" + string(c) + "/", Config: cfg}
	v.Title = lang.Translate(c, "notFoundTitle", nil)
	v.Description = lang.Translate(c, "notFoundText", nil)
	return v
}

// SearchView makes the view of a language's search page. Its title never
// holds the query: a title is what a history list and a tab show.
func SearchView(cs *content.Site, c lang.Code, cfg templates.Config) templates.View {
	v := templates.View{Site: cs, Lang: c, Path: templates.SearchPath(c), AltPath: templates.SearchPath(c.Other()), Config: cfg}
	v.Title = lang.Translate(c, "searchTitle", nil)
	v.Description = lang.Translate(c, "searchDescription", nil)
	return v
}

// PageHTML renders one content page as the site serves it, for checks that
// measure what a reader sees (readability of the page with its cards).
func PageHTML(cs *content.Site, p *content.Page, cfg templates.Config) ([]byte, error) {
	f, err := renderPage(PageView(cs, p, cfg), templates.Page, http.StatusOK)
	if err != nil {
		return nil, err
	}
	return f.Body, nil
}

// renderPage renders one page into a File.
func renderPage(v templates.View, component func(templates.View) templ.Component, status int) (*File, error) {
	var buf bytes.Buffer
	ctx := lang.WithCode(context.Background(), v.Lang)
	if err := component(v).Render(ctx, &buf); err != nil {
		return nil, err
	}
	p := v.Path
	if status == http.StatusNotFound {
		p = "/" + string(v.Lang) + "/404.html"
	}
	return newFile(p, status, "text/html; charset=utf-8", PageCache, buf.Bytes()), nil
}

// Cache policies. Pages are revalidated on each visit (cheap with the ETag);
// static files have a content hash in their name and never change.
const (
	PageCache   = "no-cache"
	StaticCache = "public, max-age=31536000, immutable"
)

func newFile(p string, status int, contentType, cache string, body []byte) *File {
	h := http.Header{}
	h.Set("Content-Type", contentType)
	h.Set("Cache-Control", cache)
	sum := sha256.Sum256(body)
	return &File{Path: p, Status: status, Header: h, Body: body, ETag: `"` + hex.EncodeToString(sum[:12]) + `"`}
}

// staticFiles reads the static folder, minifies its stylesheets and scripts,
// and names each file by the hash of what is served
// ("site.css" → "/static/site.1a2b3c4d5e.css").
func staticFiles(fsys fs.FS) (map[string]*File, error) {
	out := map[string]*File{}
	if fsys == nil {
		return out, nil
	}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && name == IconsDir {
			return fs.SkipDir // served at the root by icons
		}
		if err != nil || d.IsDir() {
			return err
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		ext := path.Ext(name)
		if body, err = minifyStatic(name, ext, body); err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		hashed := "/static/" + strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:5]) + ext
		ct := mime.TypeByExtension(ext)
		if ct == "" {
			ct = "application/octet-stream"
		}
		out[name] = newFile(hashed, http.StatusOK, ct, StaticCache, body)
		return nil
	})
	return out, err
}

// Brotli qualities. Static files are few and cached for a year, so they get
// the best compression whatever it costs. Pages are many and are rendered
// at every start; DefaultBrotliQuality is the best quality that keeps the
// start-up of the whole site under 300 ms: qualities 10 and 11 switch to
// an exhaustive search that takes 5 to 10 times as long for 10% fewer bytes
// (about 100 bytes a page). BENCHMARKS.md has the figures.
const (
	StaticBrotliQuality  = 11
	DefaultBrotliQuality = 9
)
