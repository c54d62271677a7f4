package server

import (
	"net/http"
	"strconv"
	"strings"

	"signaal/internal/lang"
	"signaal/internal/site"
)

// A response is one encoding of one file, with every header it is sent
// with worked out when the site is loaded, so answering a request copies a
// few map entries and writes bytes. The security headers are not among
// them: the middleware sets those on every answer (securityHeaders).
type response struct {
	header fields // type, cache, Vary, ETag, encoding, length
	body   []byte
	etag   string
}

// An entry is a file of the site in each encoding it is kept in; gzip and
// br fall back to identity when the file is not compressed.
type entry struct {
	status               int
	identity, gzip, br   *response
	compressed, notFound bool
}

// served is what the handler answers from: the site and its responses.
type served struct {
	built    *site.Site
	files    map[string]*entry
	notFound map[lang.Code]*entry
}

// prepare works out every response of a site.
func prepare(built *site.Site) *served {
	s := &served{built: built, files: make(map[string]*entry, len(built.Files)), notFound: map[lang.Code]*entry{}}
	for p, f := range built.Files {
		s.files[p] = newEntry(f)
	}
	for c, f := range built.NotFound {
		s.notFound[c] = newEntry(f)
	}
	return s
}

func newEntry(f *site.File) *entry {
	e := &entry{status: f.Status, compressed: f.Gzip != nil || f.Brotli != nil}
	e.identity = newResponse(f, f.Body, f.ETag, "", e.compressed)
	e.gzip, e.br = e.identity, e.identity
	if f.Gzip != nil {
		e.gzip = newResponse(f, f.Gzip, strings.TrimSuffix(f.ETag, `"`)+`-gz"`, "gzip", true)
		e.br = e.gzip
	}
	if f.Brotli != nil {
		e.br = newResponse(f, f.Brotli, strings.TrimSuffix(f.ETag, `"`)+`-br"`, "br", true)
	}
	return e
}

func newResponse(f *site.File, body []byte, etag, encoding string, vary bool) *response {
	h := http.Header{}
	for k, v := range f.Header {
		h[k] = v
	}
	if vary {
		h.Set("Vary", "Accept-Encoding")
	}
	if encoding != "" {
		h.Set("Content-Encoding", encoding)
	}
	h.Set("ETag", etag)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	return &response{header: newFields(h), body: body, etag: etag}
}

// pick returns the response for the encodings a request accepts.
func (e *entry) pick(r *http.Request) *response {
	if !e.compressed {
		return e.identity
	}
	switch acceptedEncoding(r.Header["Accept-Encoding"]) {
	case "br":
		return e.br
	case "gzip":
		return e.gzip
	}
	return e.identity
}

// root sends a reader to the home page in the language their browser asks
// for. The answer depends on Accept-Language, so caches must keep it apart.
func (s *Server) root(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Vary", "Accept-Language")
	w.Header().Set("Cache-Control", "no-cache")
	http.Redirect(w, r, "/"+string(lang.FromRequest(r))+"/", http.StatusFound)
}

// serveFile answers GET and HEAD for every rendered page and static file;
// an address with nothing behind it is errNotFound (the 404 page of its
// language). It allocates nothing: it is almost every request.
func (s *Server) serveFile(w http.ResponseWriter, r *http.Request) error {
	sv := s.served.Load()
	if sv == nil {
		return errStarting
	}
	p := r.URL.Path
	if e := sv.files[p]; e != nil {
		send(w, r, e)
		return nil
	}
	// A page address without its final slash: send the reader on.
	if !strings.HasSuffix(p, "/") && sv.files[p+"/"] != nil {
		target := p + "/"
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return nil
	}
	return errNotFound
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
func send(w http.ResponseWriter, r *http.Request, e *entry) {
	resp := e.pick(r)
	h := w.Header()
	resp.header.setOn(h)
	if e.status == http.StatusOK {
		if inm := r.Header["If-None-Match"]; len(inm) > 0 && etagMatch(inm[0], resp.etag) {
			delete(h, "Content-Encoding")
			delete(h, "Content-Length")
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.WriteHeader(e.status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(resp.body)
	}
}
