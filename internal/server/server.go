// Package server answers HTTP requests for Signaal from a site rendered in
// memory by package build. A request does no rendering and no compression;
// it picks the stored encoding, checks the ETag and writes bytes.
package server

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"

	"signaal/internal/build"
	"signaal/internal/content"
	"signaal/internal/lang"
	"signaal/templates"
)

// Config says where content comes from and how the site is addressed.
type Config struct {
	Content fs.FS // the content tree (nl/, en/, data files)
	Static  fs.FS // the files under /static/
	// BaseURL is the public address, used for canonical and hreflang links.
	BaseURL string
	// ExitURL is where the quick exit button leads.
	ExitURL string
	// BrotliQuality is passed to build; lower starts faster.
	BrotliQuality int
	// Check runs extra content checks (readability) while loading.
	Check  func(*content.Page) []content.Problem
	Logger *slog.Logger
}

// A Server serves the rendered site. Reload swaps in a new rendering
// atomically, so a request sees either the old site or the new one.
type Server struct {
	cfg Config
	// served is the site with every response worked out; Reload swaps it.
	served atomic.Pointer[served]
	log    *slog.Logger
	// faults keeps a fault that every request can cause from filling the log.
	faults faultLog
}

// New loads and renders the content; it fails, with every problem listed,
// when the content is broken.
func New(cfg Config) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, log: cfg.Logger}
	if err := s.Reload(); err != nil {
		return nil, err
	}
	return s, nil
}

// Reload loads and renders the content again. When the new content is
// broken it keeps serving the last good site and returns the problems.
func (s *Server) Reload() error {
	start := time.Now()
	site, err := Render(s.cfg)
	if err != nil {
		return err
	}
	s.served.Store(prepare(site))
	s.log.Info("site ready", "files", len(site.Files), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// Render loads the content and renders the site exactly as the server
// serves it. The static export calls it too, so both send the same bytes.
func Render(cfg Config) (*build.Site, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	cs, err := content.Load(cfg.Content, content.Options{Check: cfg.Check, Anchors: templates.Anchors})
	if err != nil {
		return nil, err
	}
	for _, w := range cs.Warnings {
		cfg.Logger.Warn("content", "problem", w.String())
	}
	site, err := build.Build(cs, build.Options{
		Config:        templates.Config{BaseURL: cfg.BaseURL, ExitURL: cfg.ExitURL},
		Static:        cfg.Static,
		BrotliQuality: cfg.BrotliQuality,
	})
	if err != nil {
		return nil, fmt.Errorf("rendering: %w", err)
	}
	return site, nil
}

// Site returns the site being served.
func (s *Server) Site() *build.Site { return s.served.Load().site }

// Handler returns the site's HTTP handler with its middleware chain:
// panic recovery, security headers, and a request log that records no
// query string and no address, so nobody's search or visit is written down.
func (s *Server) Handler() http.Handler {
	r := chi.NewRouter()
	r.Use(s.recoverer, s.logRequests, securityHeaders)
	r.Get("/healthz", s.healthz)
	r.Head("/healthz", s.healthz)
	r.Get("/", s.root)
	r.Head("/", s.root)
	for _, c := range lang.All {
		r.Get(templates.SearchPath(c), s.search(c))
		r.Head(templates.SearchPath(c), s.search(c))
	}
	r.NotFound(s.serveFile)
	r.MethodNotAllowed(methodNotAllowed)
	return &fastPath{s: s, next: r, debug: s.log.Enabled(context.Background(), slog.LevelDebug)}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if s.served.Load() == nil {
		http.Error(w, "starting", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", "3")
	if r.Method != http.MethodHead {
		fmt.Fprintln(w, "ok")
	}
}

// allowed is the Allow header of every address: the site only reads.
const allowed = "GET, HEAD"

// methodNotAllowed answers any method but GET and HEAD, on every route.
func methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	w.Header()["Allow"] = []string{allowed}
	http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
}
