// Package server answers HTTP requests for Signaal from a site rendered in
// memory by package site. A request does no rendering and no compression;
// it picks the stored encoding, checks the ETag and writes bytes.
package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync/atomic"
	"time"

	"github.com/go-chi/chi/v5"

	"signaal/internal/devreload"
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
	// dev tells the editor's open pages to reload; nil but under -dev.
	dev *devreload.Hub
}

// New loads and renders the content; it fails, with every problem listed,
// when the content is broken.
func New(cfg site.Config) (*Server, error) { return start(cfg, nil) }

// NewDev is New for an editor's machine (signaal serve -dev): every page
// loads a small script that reloads it when Reload succeeds, and the
// server answers that script and its event stream (see devreload). New
// serves neither, and its pages load no such script.
func NewDev(cfg site.Config) (*Server, error) {
	cfg.DevScript = devreload.ScriptPath
	return start(cfg, devreload.NewHub())
}

func start(cfg site.Config, dev *devreload.Hub) (*Server, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, log: cfg.Logger, dev: dev}
	if err := s.Reload(); err != nil {
		return nil, err
	}
	return s, nil
}

// Close ends the editor's event streams, so that a stopping server does
// not wait for the open tabs; without -dev there is nothing to end. Give it
// to http.Server.RegisterOnShutdown.
func (s *Server) Close() {
	if s.dev != nil {
		s.dev.Close()
	}
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
	if s.dev != nil {
		s.dev.Notify()
	}
	return nil
}

// Site returns the site being served.
func (s *Server) Site() *site.Site { return s.served.Load().built }

// Handler returns the site's HTTP handler: one chi routing table, behind
// one middleware chain that every request passes (see routes).
func (s *Server) Handler() http.Handler {
	return s.routes(s.middleware()...)
}

// middleware is the chain every request passes, pages included: panic
// recovery, the security headers, and, only while debug logging is on, the
// request log (off, it is not in the chain and costs nothing).
func (s *Server) middleware() []func(http.Handler) http.Handler {
	chain := []func(http.Handler) http.Handler{s.recoverer, securityHeaders}
	if s.log.Enabled(context.Background(), slog.LevelDebug) {
		chain = append(chain, s.logRequests)
	}
	return chain
}

// routes is the routing table. Every address answers GET and HEAD, and
// any other method gets 405 with Allow (serveError); the site's files are
// the catch-all route, so a path with no file behind it gets the 404 page
// of its language.
func (s *Server) routes(chain ...func(http.Handler) http.Handler) http.Handler {
	r := chi.NewRouter()
	r.Use(chain...)
	read := func(pattern string, h http.Handler) {
		r.Method(http.MethodGet, pattern, h)
		r.Method(http.MethodHead, pattern, h)
	}
	read("/healthz", s.errorHandler(s.healthz))
	read("/", http.HandlerFunc(s.root))
	for _, c := range lang.All {
		read(templates.SearchPath(c), s.errorHandler(s.search(c)))
	}
	if s.dev != nil {
		read(devreload.ScriptPath, http.HandlerFunc(s.dev.ServeScript))
		read(devreload.EventsPath, s.errorHandler(s.devEvents))
	}
	read("/*", s.errorHandler(s.serveFile))
	r.MethodNotAllowed(func(w http.ResponseWriter, r *http.Request) { s.serveError(w, r, errMethod) })
	r.NotFound(func(w http.ResponseWriter, r *http.Request) { s.serveError(w, r, errNotFound) })
	return newPooledRouter(r)
}

// devEvents is the editor's event stream; one tab too many is 503.
func (s *Server) devEvents(w http.ResponseWriter, r *http.Request) error {
	if err := s.dev.ServeEvents(w, r); errors.Is(err, devreload.ErrBusy) {
		return errBusy
	}
	return nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	if s.served.Load() == nil {
		return errStarting
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", "3")
	if r.Method != http.MethodHead {
		fmt.Fprintln(w, "ok")
	}
	return nil
}
