// Package server answers HTTP requests for Signaal from a site rendered in
// memory by package site. A request does no rendering and no compression;
// it picks the stored encoding, checks the ETag and writes bytes.
package server

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"

	"signaal/internal/lang"
	"signaal/internal/site"
	"signaal/templates"
)

// A Server serves the rendered site. Reload swaps in a new rendering
// atomically, so a request sees either the old site or the new one.
type Server struct {
	cfg site.Config
	// served is the site with every response worked out; Reload swaps it.
	served atomic.Pointer[served]
	log    *slog.Logger
	// faults keeps a fault that every request can cause from filling the log.
	faults faultLog
}

// New loads and renders the content; it fails, with every problem listed,
// when the content is broken.
func New(cfg site.Config) (*Server, error) {
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
	built, err := site.Build(s.cfg)
	if err != nil {
		return err
	}
	s.served.Store(prepare(built))
	s.log.Info("site ready", "files", len(built.Files), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// Site returns the site being served.
func (s *Server) Site() *site.Site { return s.served.Load().built }

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
