package server

import (
	"context"
	"net/http"
	"sync"

	"github.com/go-chi/chi/v5"
)

// pooledRouter is the way into the chi table. chi takes its routing
// context from a pool too, but then hangs it on the request with
// context.WithValue and r.WithContext: a new context and a copy of the
// request for every request, four allocations and 700 bytes in all (the
// copy then gets a path-value map for the "/*" route). Here the copy, the
// context and chi's routing context are one pooled value, so a page
// request allocates nothing, and chi, finding its context already there,
// routes as it always does, middleware included. The one rule this brings:
// no handler keeps the request or its context after it returns (none
// does; each answers before returning), as the copy is then reused.
type pooledRouter struct {
	mux  *chi.Mux
	pool sync.Pool
}

func newPooledRouter(mux *chi.Mux) *pooledRouter {
	p := &pooledRouter{mux: mux}
	p.pool.New = func() any {
		v := &routed{}
		v.ctx.rctx = &v.rctx
		// The copy's context is set once, here, and stays v.ctx: only
		// WithContext can set it, and it allocates.
		v.req = *(&http.Request{}).WithContext(&v.ctx)
		return v
	}
	return p
}

// routed is one request on its way through the table.
type routed struct {
	req  http.Request
	ctx  routeContext
	rctx chi.Context
}

// routeContext is the request's own context, with chi's routing context
// under chi.RouteCtxKey.
type routeContext struct {
	context.Context
	rctx *chi.Context
}

func (c *routeContext) Value(key any) any {
	if key == chi.RouteCtxKey {
		return c.rctx
	}
	return c.Context.Value(key)
}

func (p *pooledRouter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	v := p.pool.Get().(*routed)
	v.rctx.Reset()
	v.rctx.Routes = p.mux
	v.ctx.Context = r.Context()
	copyRequest(&v.req, r)
	p.mux.ServeHTTP(w, &v.req)
	// Keep no reference to a finished request in the pool.
	copyRequest(&v.req, &http.Request{})
	v.ctx.Context = nil
	p.pool.Put(v)
}

// copyRequest copies every exported field of r into dst, leaving dst's
// context as it is. TestCopyRequestCopiesEveryField fails when a Go
// release adds a field this does not copy. What is left out is the path
// values net/http's own ServeMux sets (none is in front of this router);
// chi sets them again on the copy.
func copyRequest(dst, r *http.Request) {
	dst.Method = r.Method
	dst.URL = r.URL
	dst.Proto, dst.ProtoMajor, dst.ProtoMinor = r.Proto, r.ProtoMajor, r.ProtoMinor
	dst.Header = r.Header
	dst.Body, dst.GetBody = r.Body, r.GetBody
	dst.ContentLength = r.ContentLength
	dst.TransferEncoding = r.TransferEncoding
	dst.Close = r.Close
	dst.Host = r.Host
	dst.Form, dst.PostForm, dst.MultipartForm = r.Form, r.PostForm, r.MultipartForm
	dst.Trailer = r.Trailer
	dst.RemoteAddr = r.RemoteAddr
	dst.RequestURI = r.RequestURI
	dst.TLS = r.TLS
	dst.Cancel = r.Cancel //nolint:staticcheck // copied as net/http's own Clone copies it
	dst.Response = r.Response
	dst.Pattern = r.Pattern
}
