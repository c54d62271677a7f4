package site

import (
	"net/http"
	"strings"
	"time"
)

// SecurityTxtPath is where security researchers look for whom to tell
// (RFC 9116).
const SecurityTxtPath = "/.well-known/security.txt"

// securityTxt makes /.well-known/security.txt from the publisher's security
// contact in site.yaml. RFC 9116 wants an Expires date no more than a year
// ahead, so it is a year after the build: a site that is not rebuilt for a
// year says so to anyone who reads the file. It counts from the start of
// the build's day (UTC), so every build of one day, the server's and the
// export's, writes the same bytes and the same ETag. Canonical names the file's own
// address, so a copy elsewhere cannot pass for it.
func securityTxt(s *Site, opt Options) ([]*File, error) {
	contact := s.Content.Settings.Publisher.Security
	if contact == "" {
		return nil, nil // content.Load has already refused the site
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	var b strings.Builder
	b.WriteString("Contact: " + contact + "\n")
	day := now.UTC().Truncate(24 * time.Hour)
	b.WriteString("Expires: " + day.AddDate(1, 0, 0).Format(time.RFC3339) + "\n")
	b.WriteString("Preferred-Languages: nl, en\n")
	b.WriteString("Canonical: " + absURL(s.Config.BaseURL, SecurityTxtPath) + "\n")
	return []*File{newFile(SecurityTxtPath, http.StatusOK, "text/plain; charset=utf-8", PageCache, []byte(b.String()))}, nil
}
