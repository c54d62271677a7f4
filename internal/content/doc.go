// Package content loads the site's pages and data from a file system and
// checks them, so that a content editor learns about a broken link or a
// missing translation from `signaal check` (as path:line: message) and never
// from a reader.
//
// A page is a Markdown file with YAML front matter under nl/ or en/. Pages
// pair with their translation by front matter translationKey, or else by
// sharing a relative path, as Hugo pairs them. Help lines, sources and
// warning signs are YAML data beside the pages, so that a phone number lives
// in one place and every page that mentions it shows the same, checked value.
package content
