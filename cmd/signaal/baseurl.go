package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/url"
)

// devBaseURL is serve's default public address: right for a preview on
// this machine, wrong anywhere else.
const devBaseURL = "http://localhost:8080"

// baseURLExample is the address the messages below show.
const baseURLExample = "-base-url https://signaal.example.org"

// checkExportBaseURL returns why u cannot be an export's public address,
// or "". An export has no default: its canonical links, hreflang, sitemap,
// share tags and poster QR codes would point at localhost by accident.
func checkExportBaseURL(u string) string {
	if u == "" {
		return "signaal export: -base-url is required: the public address of the site, used in canonical links, the sitemap, share tags and the posters' QR codes; for example " + baseURLExample
	}
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
		return fmt.Sprintf("signaal export: -base-url %q is not an http(s) address; for example %s", u, baseURLExample)
	}
	return ""
}

// warnDefaultBaseURL logs a warning when serve listens beyond this machine
// with the preview address as its public one: every absolute link the
// pages carry would lead readers to their own localhost.
func warnDefaultBaseURL(log *slog.Logger, addr, baseURL string) {
	if baseURL != devBaseURL || loopback(addr) {
		return
	}
	log.Warn("serving beyond this machine with the default -base-url "+devBaseURL+": canonical links, the sitemap, share tags and the posters' QR codes point at localhost; start with "+baseURLExample,
		"addr", addr)
}

// loopback reports whether addr (host:port) listens on this machine only.
// An empty host listens on every address.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		host = addr
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
