// Package sitetest is the test kit every package's tests share, so that no
// package keeps its own copy of a fixture site or of HTML helpers.
//
// A test describes the site it needs in one txtar text, as Hugo's
// integration tests do: the files that matter to the test, read top to
// bottom, laid over a small default site that content.Load accepts. What a
// page renders to is then checked with CSS selectors, as pkgsite's
// htmlcheck does, and a failing check says which selector failed and shows
// the HTML it looked at.
//
// Only _test.go files import it, and it imports none of the site's
// packages, so the tests of the lowest package can use it too.
package sitetest
