package server

import (
	"net/http"
	"strings"

	"signaal/internal/build"
	"signaal/internal/lang"
)

// root sends a reader to the home page in the language their browser asks
// for. The answer depends on Accept-Language, so caches must keep it apart.
func (s *Server) root(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Vary", "Accept-Language")
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r, "/"+string(lang.FromRequest(r))+"/", http.StatusFound)
}

// serveFile answers GET and HEAD for every rendered page and static file,
// and gives everything else the 404 page of its language.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	site := s.site.Load()
	p := r.URL.Path
	if f := site.File(p); f != nil {
		send(w, r, f)
		return
	}
	// A page address without its final slash: send the reader on.
	if !strings.HasSuffix(p, "/") && site.File(p+"/") != nil {
		target := p + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return
	}
	send(w, r, site.NotFound[langOf(p)])
}

// langOf returns the language an address is under, Dutch by default.
func langOf(p string) lang.Code {
	first, _, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
	if lang.Valid(first) {
		return lang.Code(first)
	}
	return lang.Default
}

// send writes a stored file in the best encoding the client accepts,
// answering 304 when the client already has it.
func send(w http.ResponseWriter, r *http.Request, f *build.File) {
	h := w.Header()
	for k, v := range f.Header {
		h[k] = v
	}
	body, etag := f.Body, f.ETag
	if f.Gzip != nil || f.Brotli != nil {
		h.Set("Vary", "Accept-Encoding")
		switch enc := acceptedEncoding(r.Header.Get("Accept-Encoding")); {
		case enc == "br" && f.Brotli != nil:
			body, etag = f.Brotli, strings.TrimSuffix(f.ETag, `"`)+`-br"`
			h.Set("Content-Encoding", "br")
		case (enc == "br" || enc == "gzip") && f.Gzip != nil:
			body, etag = f.Gzip, strings.TrimSuffix(f.ETag, `"`)+`-gz"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	if f.Status == http.StatusOK && etagMatch(r.Header.Get("If-None-Match"), etag) {
		h.Del("Content-Encoding")
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", itoa(len(body)))
	w.WriteHeader(f.Status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}
