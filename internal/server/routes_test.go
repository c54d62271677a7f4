package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
)

// A page request goes through the chi table and its middleware and
// allocates nothing.
func TestPageRequestAllocatesNothing(t *testing.T) {
	h := newTestServer(t).Handler()
	for _, path := range []string{"/nl/", "/en/young-people/"} {
		r := httptest.NewRequest("GET", path, nil)
		r.Header.Set("Accept-Encoding", "gzip, deflate, br")
		w := &discard{h: http.Header{}}
		if n := testing.AllocsPerRun(100, func() { clear(w.h); h.ServeHTTP(w, r) }); n != 0 {
			t.Errorf("GET %s allocates %v times", path, n)
		}
		if w.h.Get("Content-Security-Policy") == "" || w.h.Get("Content-Encoding") != "br" {
			t.Errorf("GET %s: headers %v", path, w.h)
		}
	}
}

// Every request passes the whole middleware chain: a middleware added to
// it sees pages, static files, 404s, 405s, redirects, search and health
// alike, with chi's routing context in place.
func TestEveryRoutePassesTheMiddleware(t *testing.T) {
	s := newTestServer(t)
	var seen []string
	spy := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if chi.RouteContext(r.Context()) == nil {
				t.Errorf("%s %s: no chi routing context", r.Method, r.URL.Path)
			}
			seen = append(seen, r.Method+" "+r.URL.Path)
			next.ServeHTTP(w, r)
		})
	}
	h := s.routes(append(s.middleware(), spy)...)
	var css string
	for _, p := range s.Site().Paths() {
		if strings.HasSuffix(p, ".css") {
			css = p
		}
	}
	for _, tt := range []struct {
		method, path string
		status       int
	}{
		{"GET", "/nl/", 200},
		{"HEAD", "/en/young-people/", 200},
		{"GET", css, 200},
		{"GET", "/nl/jongeren", 301},
		{"GET", "/nl/nothing/", 404},
		{"POST", "/nl/", 405},
		{"PROPFIND", "/wp-admin", 405},
		{"GET", "/nl/zoeken", 200},
		{"GET", "/healthz", 200},
		{"GET", "/", 302},
	} {
		seen = seen[:0]
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(tt.method, tt.path, nil))
		if w.Code != tt.status {
			t.Errorf("%s %s: %d, want %d", tt.method, tt.path, w.Code, tt.status)
		}
		if len(seen) != 1 || seen[0] != tt.method+" "+tt.path {
			t.Errorf("%s %s: the middleware saw %q", tt.method, tt.path, seen)
		}
		if w.Header().Get("Content-Security-Policy") == "" {
			t.Errorf("%s %s: no security headers", tt.method, tt.path)
		}
	}
}

// The pooled copy of a request holds every exported field of the original,
// and the original's context values, deadline and cancellation.
func TestCopyRequestCopiesEveryField(t *testing.T) {
	r := httptest.NewRequest("GET", "https://signaal.example/nl/?q=x", strings.NewReader("body"))
	rv := reflect.ValueOf(r).Elem()
	// Give every exported field a value that is not its zero value.
	for i := range rv.NumField() {
		f := rv.Field(i)
		if !rv.Type().Field(i).IsExported() || !f.IsZero() {
			continue
		}
		switch f.Kind() {
		case reflect.Pointer:
			f.Set(reflect.New(f.Type().Elem()))
		case reflect.Map:
			f.Set(reflect.MakeMap(f.Type()))
		case reflect.Chan:
			f.Set(reflect.MakeChan(reflect.ChanOf(reflect.BothDir, f.Type().Elem()), 0).Convert(f.Type()))
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		case reflect.Func:
			f.Set(reflect.MakeFunc(f.Type(), func([]reflect.Value) []reflect.Value { return nil }))
		case reflect.String:
			f.SetString("x")
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Int, reflect.Int64:
			f.SetInt(7)
		default:
			t.Fatalf("field %s of kind %s: teach this test to fill it", rv.Type().Field(i).Name, f.Kind())
		}
	}
	var dst http.Request
	copyRequest(&dst, r)
	dv := reflect.ValueOf(&dst).Elem()
	for i := range rv.NumField() {
		name := rv.Type().Field(i).Name
		if !rv.Type().Field(i).IsExported() {
			continue
		}
		a, b := rv.Field(i), dv.Field(i)
		same := a.Kind() == reflect.Func && a.Pointer() == b.Pointer() || a.Kind() != reflect.Func && reflect.DeepEqual(a.Interface(), b.Interface())
		if !same || b.IsZero() {
			t.Errorf("copyRequest does not copy %s", name)
		}
	}

	// Through the router, the handler sees the request's own context.
	type key struct{}
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), key{}, "v"))
	defer cancel()
	var value any
	var done <-chan struct{}
	h := newTestServer(t)
	mux := h.routes(func(http.Handler) http.Handler {
		return http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) {
			value, done = r.Context().Value(key{}), r.Context().Done()
		})
	})
	mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/nl/", nil).WithContext(ctx))
	if value != "v" || done != ctx.Done() {
		t.Errorf("the routed request lost its context's value or cancellation")
	}
}
