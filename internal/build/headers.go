package build

import "net/http"

// SecurityHeaders are sent with every response, by the server and (through
// the _headers file) by a static host serving the export. They keep the
// reader's visit private: no referrer leaks to other sites, nothing loads
// from another origin, and no other site can frame these pages.
func SecurityHeaders() http.Header {
	h := http.Header{}
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), browsing-topics=()")
	// Two years, as hstspreload.org asks: after one visit over HTTPS no
	// later visit can be downgraded to plain HTTP, where a network could
	// read which pages were opened. Browsers ignore it over plain HTTP, so
	// it does no harm on localhost.
	h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	return h
}
