package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/andybalholm/brotli"

	"signaal/internal/lang"
	"signaal/internal/search"
	"signaal/internal/site"
	"signaal/templates"
)

// searchCache is the Cache-Control of a search page. It names what the
// reader looked for, so no cache anywhere may keep it, the browser's
// included.
const searchCache = "no-store"

// searchRenderTimeout bounds rendering one search page. A search takes well
// under a millisecond; one that takes a second is a fault, not a slow reader.
const searchRenderTimeout = time.Second

// maxRawQuery is how much of a search address's query is read: the query is
// cut at 200 characters, and 200 characters, each written as four
// percent-encoded bytes, take 2,400 bytes. What is longer is cut before it
// is parsed, so a long address costs no more than a normal one.
const maxRawQuery = 2400

// search answers the search page of language c. Unlike every other page it
// is rendered for each request, because it depends on the query. The query
// goes nowhere but into this page: the request log leaves it out, no
// header carries it, and the result links do not repeat it, so the page a
// reader opens next never learns it (and Referrer-Policy is no-referrer).
//
// The page renders with its own short deadline, not the request's context:
// a reader who goes away while it renders is nothing to report, and the
// answer is simply not delivered. A reader already gone costs no search.
func (s *Server) search(c lang.Code) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		if r.Context().Err() != nil {
			return nil
		}
		sv := s.served.Load()
		if sv == nil {
			return errStarting
		}
		res := sv.built.Search[c].SearchPage(searchQuery(r.URL.RawQuery), searchPageNumber(r.URL.RawQuery), search.PerPage)
		if r.Context().Err() != nil {
			return nil // gone while we searched
		}
		v := site.SearchView(sv.built.Content, c, sv.built.Config)
		ctx, cancel := context.WithTimeout(lang.WithCode(context.Background(), c), searchRenderTimeout)
		defer cancel()
		var buf bytes.Buffer
		if err := templates.Search(v, res, "").Render(ctx, &buf); err != nil {
			// A fault in the server, not in the request; the error
			// names the template, never the query.
			return fmt.Errorf("rendering the search page: %w", err)
		}
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Cache-Control", searchCache)
		h.Set("X-Robots-Tag", "noindex")
		h.Set("Vary", "Accept-Encoding")
		body := buf.Bytes()
		if r.Context().Err() != nil {
			return nil // gone while the page rendered: nothing to compress for
		}
		if enc := acceptedEncoding(r.Header["Accept-Encoding"]); enc != "" {
			body = compressFast(enc, body)
			h.Set("Content-Encoding", enc)
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(body) // a reader who has gone away is no error
		}
		return nil
	}
}

// searchQuery returns the q parameter of a raw query, reading at most
// maxRawQuery bytes of it, and never cutting a percent-escape or a letter
// in two.
func searchQuery(raw string) string {
	cut := len(raw) > maxRawQuery
	if cut {
		raw = raw[:maxRawQuery]
		if i := strings.LastIndexByte(raw, '%'); i >= len(raw)-2 {
			raw = raw[:i]
		}
	}
	v, ok := rawParam(raw, "q")
	if !ok {
		return ""
	}
	q, err := url.QueryUnescape(v)
	if err != nil {
		return ""
	}
	for i := 0; cut && i < utf8.UTFMax-1; i++ {
		if r, size := utf8.DecodeLastRuneInString(q); r == utf8.RuneError && size == 1 {
			q = q[:len(q)-1]
		}
	}
	return q
}

// rawParam returns the still-escaped value of the first name= pair in a raw
// query, without parsing the rest: url.ParseQuery would decode every pair of
// an address an attacker made long.
func rawParam(raw, name string) (string, bool) {
	for raw != "" {
		var pair string
		pair, raw, _ = strings.Cut(raw, "&")
		if v, ok := strings.CutPrefix(pair, name+"="); ok {
			return v, true
		}
	}
	return "", false
}

// searchPageNumber reads which page of results the address asks for
// (&p=2), from the same bounded part of the query as searchQuery. A number
// that is not one gives 0, which SearchPage takes as the first page; one
// past the end gives the last.
func searchPageNumber(raw string) int {
	if len(raw) > maxRawQuery {
		raw = raw[:maxRawQuery]
	}
	v, _ := rawParam(raw, "p")
	n, _ := strconv.Atoi(v)
	return n
}

// compressFast compresses a page made for one request. A result page is a
// few kilobytes; brotli at quality 4 or gzip at its fastest takes two
// thirds off for a reader on a weak line. The writers are pooled: a new
// brotli writer allocates more memory than the page it compresses. (The
// site's stored files are compressed once, for size, by package site.)
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
