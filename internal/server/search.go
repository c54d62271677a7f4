package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"sync"

	"github.com/andybalholm/brotli"

	"signaal/internal/build"
	"signaal/internal/lang"
	"signaal/internal/search"
	"signaal/templates"
)

// searchCache is the Cache-Control of a search page. It names what the
// reader looked for, so no cache anywhere may keep it, the browser's
// included.
const searchCache = "no-store"

// search answers the search page of language c. Unlike every other page it
// is rendered for each request, because it depends on the query. The query
// goes nowhere but into this page: the request log leaves it out, no
// header carries it, and the result links do not repeat it, so the page a
// reader opens next never learns it (and Referrer-Policy is no-referrer).
func (s *Server) search(c lang.Code) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		sv := s.served.Load()
		q := r.URL.Query()
		// A page number that is not one gives the first page; one past the
		// end gives the last (SearchPage).
		page, _ := strconv.Atoi(q.Get("p"))
		res := sv.site.Search[c].SearchPage(q.Get("q"), page, search.PerPage)
		v := build.SearchView(sv.site.Content, c, sv.site.Config)
		var buf bytes.Buffer
		if err := templates.Search(v, res, "").Render(lang.WithCode(r.Context(), c), &buf); err != nil {
			panic(err) // the recoverer turns it into a 500 page
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", searchCache)
		h.Set("X-Robots-Tag", "noindex")
		h.Set("Vary", "Accept-Encoding")
		body := buf.Bytes()
		if enc := acceptedEncoding(r.Header["Accept-Encoding"]); enc != "" {
			body = compressFast(enc, body)
			h.Set("Content-Encoding", enc)
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(body)
		}
	}
}

// compressFast compresses a page made for one request. A result page is a
// few kilobytes; brotli at quality 4 or gzip at its fastest takes two
// thirds off for a reader on a weak line. The writers are pooled: a new
// brotli writer allocates more memory than the page it compresses. (The
// site's stored files are compressed once, for size, by package build.)
func compressFast(enc string, body []byte) []byte {
	pool := &gzPool
	if enc == "br" {
		pool = &brPool
	}
	var z bytes.Buffer
	zw := pool.Get().(resetWriter)
	zw.Reset(&z)
	_, _ = zw.Write(body)
	_ = zw.Close()
	pool.Put(zw)
	return z.Bytes()
}

// resetWriter is what gzip.Writer and brotli.Writer have in common.
type resetWriter interface {
	io.WriteCloser
	Reset(io.Writer)
}

var (
	brPool = sync.Pool{New: func() any { return brotli.NewWriterLevel(nil, 4) }}
	gzPool = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed); return w }}
)
