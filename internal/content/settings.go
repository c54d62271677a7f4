package content

import (
	"io/fs"
	"net/mail"
	"net/url"
	"strings"
)

// SettingsFile is the file that says who publishes the site.
const SettingsFile = "site.yaml"

// Settings say who stands behind Signaal, so a reader, a school or a
// security researcher knows whom to write to. They come from site.yaml and
// are shown on the About page and in the footer, and used by security.txt.
type Settings struct {
	Publisher Publisher `yaml:"publisher"`
}

// A Publisher is the organisation responsible for the site.
type Publisher struct {
	Name string `yaml:"name"`
	// Contact is an e-mail address for readers ("redactie@…").
	Contact string `yaml:"contact"`
	// Security is where security problems go, as security.txt's Contact
	// field wants it: a mailto: or https: address.
	Security string `yaml:"security"`

	lines map[string]int // field → line in site.yaml, for messages
}

// ContactURL returns the reader contact as a link: mailto: for an address.
func (p Publisher) ContactURL() string {
	if strings.HasPrefix(p.Contact, "https://") {
		return p.Contact
	}
	return "mailto:" + p.Contact
}

// reservedDomains can never belong to a real publisher (RFC 2606, RFC 6761):
// an address there is a placeholder that must be replaced before the site
// goes public.
var reservedDomains = []string{"example.org", "example.com", "example.net", ".example", ".invalid", ".test", ".localhost", "localhost"}

// isReserved reports whether host is one of reservedDomains or under one.
func isReserved(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, d := range reservedDomains {
		if strings.HasPrefix(d, ".") && strings.HasSuffix(host, d) || host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// loadSettings reads site.yaml. A missing field fails the check, with the
// file and line; a placeholder address on a reserved domain only warns, so a
// draft can be served while nobody can miss that it is a draft.
func loadSettings(fsys fs.FS, ps *problems) Settings {
	const name = SettingsFile
	var s Settings
	if _, err := fs.Stat(fsys, name); err != nil {
		ps.add(name, 0, "site.yaml is missing: it names the publisher (publisher: name, contact, security)")
		return s
	}
	root, ok := decodeData(fsys, name, &s, ps)
	if !ok {
		return s
	}
	s.Publisher.lines = keyLines(valueOf(root, "publisher"))
	s.Publisher.lines["publisher"] = keyLines(root)["publisher"]
	p := &s.Publisher
	line := func(field string) int {
		if n, ok := p.lines[field]; ok {
			return n
		}
		return p.lines["publisher"]
	}
	for _, f := range []struct{ field, value, what string }{
		{"name", p.Name, "the name of the organisation that publishes Signaal"},
		{"contact", p.Contact, "an e-mail address readers can write to"},
		{"security", p.Security, "where security problems go (mailto: or https:), for security.txt"},
	} {
		if strings.TrimSpace(f.value) == "" {
			ps.add(name, line(f.field), "publisher: %s is missing: %s", f.field, f.what)
		}
	}
	if p.Contact != "" {
		host, ok := contactHost(p.Contact)
		switch {
		case !ok:
			ps.add(name, line("contact"), "publisher: contact %q is not an e-mail address or an https address", p.Contact)
		case isReserved(host):
			ps.warn(name, line("contact"), "publisher: contact %q is a placeholder on a reserved domain: fill in the real publisher's name, contact and security contact before the site goes public", p.Contact)
		}
	}
	if p.Security != "" {
		host, ok := "", false
		switch {
		case strings.HasPrefix(p.Security, "mailto:"):
			host, ok = contactHost(strings.TrimPrefix(p.Security, "mailto:"))
		case strings.HasPrefix(p.Security, "https://"):
			host, ok = contactHost(p.Security)
		}
		switch {
		case !ok:
			ps.add(name, line("security"), "publisher: security %q must be a mailto: or https: address (RFC 9116)", p.Security)
		case isReserved(host):
			ps.warn(name, line("security"), "publisher: security %q is a placeholder on a reserved domain: security.txt then sends reports nowhere; fill in the real address before the site goes public", p.Security)
		}
	}
	return s
}

// contactHost returns the domain of an e-mail or https address.
func contactHost(s string) (string, bool) {
	if strings.HasPrefix(s, "https://") {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return "", false
		}
		return u.Hostname(), true
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s {
		return "", false
	}
	return a.Address[strings.LastIndex(a.Address, "@")+1:], true
}
