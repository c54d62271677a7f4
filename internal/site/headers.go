package site

import "net/http"

// SecurityHeaders are sent with every response, by the server and (through
// the _headers file) by a static host serving the export. They keep the
// reader's visit private: no referrer leaks to other sites, nothing loads
// from another origin, no other site can frame these pages or embed their
// files (Cross-Origin-Resource-Policy), so another site cannot use them to
// learn what a reader has opened.
func SecurityHeaders() http.Header {
	h := http.Header{}
	h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), browsing-topics=()")
	// Two years: after one visit over HTTPS no later visit can be
	// downgraded to plain HTTP, where a network could read which pages were
	// opened. Browsers ignore it over plain HTTP, so it does no harm on
	// localhost. No "preload": that asks browsers to build the whole
	// registrable domain into their HTTPS-only list, a choice for the
	// organisation that owns the domain (it binds all its subdomains and
	// takes months to undo), not for a site that may run on one of them.
	h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
	return h
}
