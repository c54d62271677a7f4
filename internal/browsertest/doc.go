// Package browsertest is Signaal's real-browser quality gate. Its tests start
// the site on 127.0.0.1 from the embedded content, find every page the build
// made, and visit each one in headless Chromium, in both languages, at phone
// size (375×667, touch) and desk size (1280×800). On every page they check
// what unit tests cannot see: axe-core's WCAG 2.0/2.1/2.2 A and AA rules, no
// sideways scrolling at 320 px, text of at least 16 px, no request to another
// origin, nothing stored in the browser, and a page that works by keyboard
// alone (skip link first, every control reachable with a visible focus, the
// menu and the language switch usable). A quick-exit test, the reader's-path
// tests (reader_test.go: what a phone's first screen offers, the exit bar,
// the language switch, section links, the checklist, posters) and a
// screenshot writer (SIGNAAL_SCREENSHOTS=dir, see `make screenshots`) live
// here too.
//
// The package holds only tests; this file exists for its documentation.
// Chromium and the npm packages in this folder (axe-core, installed by
// `make deps`) must be present: a missing browser fails the run, it is not
// skipped.
package browsertest
