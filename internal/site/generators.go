package site

// A generator makes files that are not content pages, from the rendered
// site: a sitemap, robots.txt, printable posters. It runs after every page
// is rendered and before compression.
type generator func(*Site, Options) ([]*File, error)

// generators lists what Build makes besides the pages, in the order it makes
// them: the one place a new output is added. Each works from the content
// and the rendered pages; Build refuses a file whose address is taken, so
// no output silently replaces another. It is a function, not a variable, so
// that nothing appends to it from elsewhere.
func generators() []generator {
	return []generator{icons, posters, searchPages, sitemap, robots, securityTxt}
}
