package build

// A generator makes files that are not content pages, from the rendered
// site: a sitemap, robots.txt, printable posters. It runs after every page
// is rendered and before compression.
type generator func(*Site, Options) ([]*File, error)

// generators lists what Build makes besides the pages, in order.
var generators = []generator{}
