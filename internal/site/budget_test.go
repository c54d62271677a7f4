package site

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"signaal"
	"signaal/internal/content"
	"signaal/templates"
)

// FirstVisitBudget is what a first visit to any page may download, brotli
// compressed as served: the HTML and everything it loads (CSS, JavaScript,
// images). 14 KB is what the first round trip of a new connection carries
// (TCP's initial window of ten packets), so on a weak connection the whole
// page arrives at once.
const FirstVisitBudget = 14 * 1024

// maxSVG is the largest an image may be (brotli, as served).
const maxSVG = 2 * 1024

// budgetSites are the sites the budgets are held on: the real content and
// a synthetic site the size the real one will have.
func budgetSites(t *testing.T) map[string]*Site {
	t.Helper()
	out := map[string]*Site{}
	for name, fsys := range map[string]fs.FS{"real": signaal.Content(), "synthetic": synthContent(t, 70)} {
		cs, err := content.Load(fsys, content.Options{})
		if err != nil {
			t.Fatal(err)
		}
		site, err := Render(cs, Options{Config: templates.Config{BaseURL: "https://signaal.example", ExitURL: "https://www.buienradar.nl/"}, Static: signaal.Static(), BrotliQuality: DefaultBrotliQuality})
		if err != nil {
			t.Fatal(err)
		}
		out[name] = site
	}
	return out
}

// pages returns every HTML document of a site by address: the content
// pages, the 404 pages and the export's root page.
func pages(s *Site) map[string]*File {
	out := map[string]*File{}
	for p, f := range s.Files {
		if strings.HasPrefix(f.Header.Get("Content-Type"), "text/html") {
			out[p] = f
		}
	}
	for c, f := range s.NotFound {
		out["404 page ("+string(c)+")"] = f
	}
	if s.Root != nil {
		out["/ (export root page)"] = s.Root
	}
	return out
}

// A resource is something a page makes the browser fetch.
type resource struct {
	kind, url string // kind: "style", "script", "image", "frame", "other"
	// later is true for what a visit does not fetch but a phone may later:
	// the home-screen icon, and icons after the first (a browser picks one).
	later bool
}

// loads parses a page and returns what it makes the browser fetch: it
// follows the elements and attributes that load (not <a href>, which only
// navigates, and not canonical/alternate links, which are never fetched),
// inline style url()s, and form targets, where a reader's input would go.
func loads(t *testing.T, body []byte) []resource {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var out []resource
	icons := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			attr := map[string]string{}
			for _, a := range n.Attr {
				attr[strings.ToLower(a.Key)] = a.Val
			}
			add := func(kind, key string) {
				if v, ok := attr[key]; ok {
					out = append(out, resource{kind: kind, url: v})
				}
			}
			switch n.Data {
			case "link":
				switch rel := strings.ToLower(attr["rel"]); {
				case rel == "canonical" || rel == "alternate":
				case rel == "stylesheet":
					add("style", "href")
				case rel == "icon" || rel == "apple-touch-icon":
					icons++
					out = append(out, resource{"icon", attr["href"], rel != "icon" || icons > 1})
				default:
					add("other", "href")
				}
			case "script":
				add("script", "src")
			case "img", "input":
				add("image", "src")
				for _, c := range strings.Split(attr["srcset"], ",") {
					if f := strings.Fields(c); len(f) > 0 {
						out = append(out, resource{kind: "image", url: f[0]})
					}
				}
			case "iframe", "frame", "embed":
				add("frame", "src")
			case "video", "audio", "source", "track":
				add("other", "src")
				add("image", "poster")
			case "object":
				add("other", "data")
			case "form":
				add("other", "action")
			case "button":
				add("other", "formaction")
			case "svg", "image", "use":
				add("image", "href")
				add("image", "xlink:href")
			case "style":
				if n.FirstChild != nil {
					for _, u := range cssURLs(n.FirstChild.Data) {
						out = append(out, resource{kind: "other", url: u})
					}
				}
			}
			for _, u := range cssURLs(attr["style"]) {
				out = append(out, resource{kind: "other", url: u})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

var cssURL = regexp.MustCompile(`(?i)url\(\s*['"]?([^'")\s]+)|@import\s+['"]([^'"]+)`)

// cssURLs returns what a stylesheet (or a style attribute) fetches.
func cssURLs(css string) []string {
	var out []string
	for _, m := range cssURL.FindAllStringSubmatch(css, -1) {
		out = append(out, m[1]+m[2])
	}
	return out
}

// sameOrigin reports whether a reference stays on the site: a relative
// address, one on the site's own base URL, or inline data.
func sameOrigin(ref, base string) bool {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return false
	}
	if u.Scheme == "data" {
		return true
	}
	if u.Scheme == "" && u.Host == "" {
		return true
	}
	b, _ := url.Parse(base)
	return u.Scheme == b.Scheme && u.Host == b.Host
}

// Every page, with what it loads, fits the first-visit budget; nothing is
// loaded from another origin; images are small SVG; there are no web fonts.
func TestBudgets(t *testing.T) {
	for name, site := range budgetSites(t) {
		t.Run(name, func(t *testing.T) {
			base := site.Config.BaseURL
			largest, largestAddr := 0, ""
			defer func() { t.Logf("largest first visit: %s, %d of %d bytes", largestAddr, largest, FirstVisitBudget) }()
			for addr, f := range pages(site) {
				total := len(served(f))
				parts := []string{fmt.Sprintf("HTML %d", total)}
				for _, r := range loads(t, f.Body) {
					if !sameOrigin(r.url, base) {
						t.Errorf("%s loads %s from another origin (%s)", addr, r.kind, r.url)
						continue
					}
					if strings.HasPrefix(r.url, "data:") {
						if r.kind != "image" || !strings.HasPrefix(r.url, "data:image/svg+xml") {
							t.Errorf("%s inlines %s data that is not an SVG image: %.40s", addr, r.kind, r.url)
						}
						continue
					}
					u, _ := url.Parse(r.url)
					dep := site.File(u.Path)
					if dep == nil && r.kind == "other" && site.File(u.Path+"/") != nil {
						continue // a form to the search page, which a static host serves with the slash
					}
					if dep == nil {
						t.Errorf("%s loads %s, which the site does not have", addr, r.url)
						continue
					}
					if r.later {
						continue
					}
					size := len(served(dep))
					total += size
					parts = append(parts, fmt.Sprintf("%s %d", u.Path, size))
					if r.kind == "image" && (dep.Header.Get("Content-Type") != "image/svg+xml" || size > maxSVG) {
						t.Errorf("%s loads image %s (%s, %d bytes): images must be SVG of at most %d bytes", addr, u.Path, dep.Header.Get("Content-Type"), size, maxSVG)
					}
					if strings.HasPrefix(dep.Header.Get("Content-Type"), "text/css") {
						for _, ref := range cssURLs(string(dep.Body)) {
							if !sameOrigin(ref, base) {
								t.Errorf("%s: stylesheet %s loads %s from another origin", addr, u.Path, ref)
							}
						}
					}
				}
				if total > largest {
					largest, largestAddr = total, addr+" ("+strings.Join(parts, " + ")+")"
				}
				if total > FirstVisitBudget {
					t.Errorf("%s: a first visit downloads %d bytes (brotli), over the budget of %d: %s", addr, total, FirstVisitBudget, strings.Join(parts, " + "))
				}
			}
		})
	}
}

// served is what the server sends a browser that accepts brotli.
func served(f *File) []byte {
	if f.Brotli != nil {
		return f.Brotli
	}
	return f.Body
}

// offPageImages are the images no page shows while it is read: icons a
// phone puts on its home screen or a browser without SVG icons uses, and
// the preview image other sites fetch when a link is shared. PNG is what
// those readers accept; they stay small all the same.
var offPageImages = map[string]bool{
	"/apple-touch-icon.png": true, "/favicon-32.png": true,
	"/icon-192.png": true, "/icon-512.png": true, "/share.png": true,
}

// maxOffPagePNG is the largest an off-page image may be.
const maxOffPagePNG = 16 * 1024

// No web fonts, and every image a page shows is a small SVG.
func TestStaticFiles(t *testing.T) {
	site := budgetSites(t)["real"]
	for _, p := range site.Paths() {
		f := site.File(p)
		ct := f.Header.Get("Content-Type")
		switch {
		case strings.HasPrefix(ct, "font/") || strings.Contains(ct, "font"):
			t.Errorf("%s is a web font (%s): use system fonts", p, ct)
		case offPageImages[p]:
			if ct != "image/png" || len(f.Body) > maxOffPagePNG {
				t.Errorf("%s is %s of %d bytes: an icon or share image must be a PNG of at most %d bytes", p, ct, len(f.Body), maxOffPagePNG)
			}
		case strings.HasPrefix(ct, "image/") && (ct != "image/svg+xml" || len(served(f)) > maxSVG):
			t.Errorf("%s is %s of %d bytes: images must be SVG of at most %d bytes", p, ct, len(served(f)), maxSVG)
		case strings.HasPrefix(ct, "text/css") && strings.Contains(strings.ToLower(string(f.Body)), "@font-face"):
			t.Errorf("%s declares a web font", p)
		}
	}
}

// The checks find what they look for.
func TestBudgetCheckers(t *testing.T) {
	page := []byte(`<!doctype html><html><head>
<link rel="canonical" href="https://signaal.example/nl/"><link rel="alternate" hreflang="en" href="https://signaal.example/en/">
<link rel="stylesheet" href="https://cdn.example/x.css"><script src="/static/a.js"></script>
<style>body{background:url("https://img.example/b.png")}</style></head>
<body><a href="https://elsewhere.example/">fine: only a link</a><img src="//tracker.example/p.gif" srcset="/a.svg 1x, https://x.example/b.svg 2x">
<iframe src="https://video.example/"></iframe><div style="background:url(/ok.svg)"></div><form action="https://forms.example/"></form></body></html>`)
	var foreign []string
	for _, r := range loads(t, page) {
		if !sameOrigin(r.url, "https://signaal.example") {
			foreign = append(foreign, r.url)
		}
	}
	want := []string{"https://cdn.example/x.css", "https://img.example/b.png", "//tracker.example/p.gif", "https://x.example/b.svg", "https://video.example/", "https://forms.example/"}
	if strings.Join(foreign, " ") != strings.Join(want, " ") {
		t.Errorf("foreign loads %q, want %q", foreign, want)
	}
	if got := cssURLs(`@import "/x.css"; a{background:url( '/y.svg' )}`); strings.Join(got, " ") != "/x.css /y.svg" {
		t.Errorf("cssURLs = %q", got)
	}
}
