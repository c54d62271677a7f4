package content

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// page writes a page file with the given front matter lines and body.
func page(fm, body string) *fstest.MapFile {
	return &fstest.MapFile{Data: []byte("---\n" + fm + "\n---\n" + body)}
}

const helplinesYAML = `- key: kindertelefoon
  name: De Kindertelefoon
  needs: [talk]
  who: [youth]
  ways: [call]
  for: {nl: "Voor jongeren.", en: "For young people."}
  phone: "0800-0432"
  hours:
    open: [{days: mon-sun, from: "11:00", to: "21:00"}]
  free: true
  source: kindertelefoon.nl
  confidence: high
  checked: 2026-11-01
  easy: {nl: "Voor jou.", en: "For you."}
  source_url: https://kindertelefoon.nl/
`

const signsYAML = "- {id: behaviour, title: {nl: Gedrag, en: Behaviour}, items: [{nl: Stil, en: Quiet}], sources: [ckm-2021]}\n"

const siteYAML = `publisher:
  name: Uitgever
  contact: redactie@signaal.nl
  security: mailto:security@signaal.nl
`

// validSite is a small site that passes every check; tests break one thing.
func validSite() fstest.MapFS {
	return fstest.MapFS{
		"helplines.yaml": {Data: []byte(helplinesYAML)},
		"site.yaml":      {Data: []byte(siteYAML)},
		"sources.yaml":   {Data: []byte("- {key: ckm-2021, title: Daders, publisher: CKM, date: 2021-03}\n")},
		"signs.yaml":     {Data: []byte(signsYAML)},
		"nl/index.md": page("title: Signaal\ndescription: Hulp\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24\nlayout: home\nhelplines: [kindertelefoon]",
			"Lees over [ideeën](/nl/jongeren/#ideeën-voor-één-dag) en [signalen](/nl/jongeren/#signs).\n"),
		"en/index.md": page("title: Signaal\ndescription: Help\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24\nlayout: home",
			"Read about [signs](/en/young-people/#signs).\n"),
		"nl/jongeren/index.md": page("title: Jongeren\ndescription: Voor jou\ntranslationKey: youth\naudience: youth\nweight: 10\nreviewed: 2026-11-24\nsources: [ckm-2021]",
			"## Ideeën voor één dag\n\nTekst.\n\n## Signalen {#signs}\n\nZie [boven](#ideeën-voor-één-dag).\n"),
		"en/young-people/index.md": page("title: Young people\ndescription: For you\ntranslationKey: youth\naudience: youth\nweight: 10\nreviewed: 2026-11-24",
			"## Ideas for one day\n\nText.\n\n## Signs {#signs}\n\nText.\n"),
	}
}

func load(t *testing.T, fsys fstest.MapFS) (*Site, Problems) {
	t.Helper()
	s, err := Load(fsys, Options{Now: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC), Anchors: testAnchors})
	var ps Problems
	if err != nil && !errors.As(err, &ps) {
		t.Fatalf("Load: %v", err)
	}
	return s, ps
}

// testAnchors stands in for templates.Anchors: every page has #content,
// and a home page #help-lines.
func testAnchors(_ *Site, p *Page) []string {
	if p.Layout == LayoutHome {
		return []string{"content", "help-lines"}
	}
	return []string{"content"}
}

// TestLinkToATemplateAnchor checks that a link may name a section the
// templates add (Options.Anchors), and only on a page that has it.
func TestLinkToATemplateAnchor(t *testing.T) {
	for _, tt := range []struct{ link, want string }{
		{"/en/#help-lines", ""},
		{"/en/young-people/#content", ""},
		{"/en/young-people/#help-lines", "has no section #help-lines"},
	} {
		fsys := validSite()
		fsys["en/young-people/about.md"] = page("title: t\ndescription: d\ntranslationKey: about-youth\naudience: youth\nreviewed: 2026-11-24", "See [this]("+tt.link+").\n")
		fsys["nl/jongeren/over.md"] = page("title: t\ndescription: d\ntranslationKey: about-youth\naudience: youth\nreviewed: 2026-11-24", "Zie [dit](/nl/).\n")
		_, ps := load(t, fsys)
		if got := ps.Error(); (tt.want == "") != (len(ps.Errors()) == 0) || !strings.Contains(got, tt.want) {
			t.Errorf("link %s: problems %q, want %q", tt.link, got, tt.want)
		}
	}
}

func TestValidSite(t *testing.T) {
	s, ps := load(t, validSite())
	if len(ps) > 0 {
		t.Fatalf("problems in a valid site:\n%s", ps.Error())
	}
	if len(s.Pages) != 4 {
		t.Fatalf("got %d pages, want 4", len(s.Pages))
	}
	nl := s.Page("/nl/jongeren/")
	if nl == nil || nl.Translation == nil || nl.Translation.Path != "/en/young-people/" {
		t.Fatalf("/nl/jongeren/ is not paired with /en/young-people/: %+v", nl)
	}
	if nl.Parent != s.Home("nl") || len(s.Home("nl").Children) != 1 {
		t.Errorf("section tree is wrong: parent %v, home children %d", nl.Parent, len(s.Home("nl").Children))
	}
	// goldmark's own IDs drop "ë" and "é"; ours keep them.
	if got := nl.Headings[0].ID; got != "ideeën-voor-één-dag" {
		t.Errorf("heading ID = %q, want ideeën-voor-één-dag", got)
	}
	if got := nl.Headings[1].ID; got != "signs" {
		t.Errorf("explicit heading ID = %q, want signs", got)
	}
	if !strings.Contains(nl.HTML, `<h2 id="signs">Signalen</h2>`) {
		t.Errorf("explicit {#id} not rendered:\n%s", nl.HTML)
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   string // a line of the problems
	}{
		{"unparseable front matter", func(f fstest.MapFS) {
			f["nl/jongeren/index.md"] = page("title: Jongeren\ndescription: a: b", "x")
		}, "nl/jongeren/index.md:3: front matter: mapping values are not allowed"},
		{"no front matter", func(f fstest.MapFS) {
			f["nl/jongeren/index.md"] = &fstest.MapFile{Data: []byte("# Jongeren\n")}
		}, "nl/jongeren/index.md:1: the file must start with front matter"},
		{"unknown field", func(f fstest.MapFS) {
			f["en/young-people/index.md"] = page("title: Young\ndescription: d\ntranslationKey: youth\naudience: youth\nreviewed: 2026-11-24\ntitel: typo", "x")
		}, "en/young-people/index.md:7: front matter: unknown field \"titel\": check its spelling"},
		{"missing title", func(f fstest.MapFS) {
			f["en/young-people/index.md"] = page("description: d\ntranslationKey: youth\naudience: youth\nreviewed: 2026-11-24", "x")
		}, "en/young-people/index.md:1: front matter: title is missing"},
		{"missing reviewed", func(f fstest.MapFS) {
			f["en/young-people/index.md"] = page("title: t\ndescription: d\ntranslationKey: youth\naudience: youth", "x")
		}, "en/young-people/index.md:1: front matter: reviewed is missing"},
		{"bad audience", func(f fstest.MapFS) {
			f["en/young-people/index.md"] = page("title: t\ndescription: d\ntranslationKey: youth\naudience: kids\nreviewed: 2026-11-24", "x")
		}, `en/young-people/index.md:5: front matter: audience "kids" is not one of`},
		{"page without translation", func(f fstest.MapFS) {
			f["nl/jongeren/extra.md"] = page("title: t\ndescription: d\naudience: youth\nreviewed: 2026-11-24", "x")
		}, "nl/jongeren/extra.md:1: no en translation"},
		{"duplicate pairing", func(f fstest.MapFS) {
			f["nl/ander.md"] = page("title: t\ndescription: d\ntranslationKey: youth\naudience: youth\nreviewed: 2026-11-24", "x")
		}, `translationKey "youth" is also used by`},
		{"link to a missing page", func(f fstest.MapFS) {
			f["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24", "Intro.\n\nSee [this](/en/nowhere/).\n")
		}, `en/index.md:10: link "/en/nowhere/" leads nowhere: there is no page at /en/nowhere/`},
		{"link to a missing anchor", func(f fstest.MapFS) {
			f["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24", "See [this](/en/young-people/#nope).\n")
		}, `en/index.md:8: link "/en/young-people/#nope" leads nowhere: en/young-people/index.md has no section #nope`},
		{"link to a missing anchor on the same page", func(f fstest.MapFS) {
			f["en/young-people/index.md"] = page("title: t\ndescription: d\ntranslationKey: youth\naudience: youth\nreviewed: 2026-11-24", "## A {#a}\n\n[b](#b)\n")
		}, `en/young-people/index.md:10: link "#b" leads nowhere`},
		{"relative link", func(f fstest.MapFS) {
			f["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24", "[x](young-people/)\n")
		}, `en/index.md:8: link "young-people/": link to a page by its site address`},
		{"unknown help line", func(f fstest.MapFS) {
			f["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24\nhelplines: [nope]", "x")
		}, `en/index.md:7: unknown help line "nope"`},
		{"unknown source", func(f fstest.MapFS) {
			f["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24\nsources: [nope]", "x")
		}, `en/index.md:7: unknown source "nope"`},
		{"bad help line hours", func(f fstest.MapFS) {
			f["helplines.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(helplinesYAML, `"21:00"`, `"9pm"`, 1))}
		}, `helplines.yaml:9: help line "kindertelefoon": opening hours: to "9pm" is not a time such as "09:00"`},
		{"low confidence help line", func(f fstest.MapFS) {
			f["helplines.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(helplinesYAML, "confidence: high", "confidence: low", 1))}
		}, `helplines.yaml:1: help line "kindertelefoon": confidence must be high or medium`},
		{"sign group without sources", func(f fstest.MapFS) {
			f["signs.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(signsYAML, ", sources: [ckm-2021]", "", 1))}
		}, `signs.yaml:1: sign group "behaviour" has no sources`},
		{"sign group with an unknown source", func(f fstest.MapFS) {
			f["signs.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(signsYAML, "[ckm-2021]", "[nope]", 1))}
		}, `signs.yaml:1: sign group "behaviour": unknown source "nope"`},
		{"help line field typo", func(f fstest.MapFS) {
			f["helplines.yaml"] = &fstest.MapFile{Data: []byte(helplinesYAML + "  fone: x\n")}
		}, `helplines.yaml:16: unknown field "fone": check its spelling`},
		{"help line without an easy-read text", func(f fstest.MapFS) {
			f["helplines.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(helplinesYAML, `en: "For you."`, `en: ""`, 1))}
		}, `helplines.yaml:1: help line "kindertelefoon" has no "en" text under easy`},
		{"help line without a source address", func(f fstest.MapFS) {
			f["helplines.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(helplinesYAML, "source_url: https://kindertelefoon.nl/", "source_url: kindertelefoon.nl", 1))}
		}, `helplines.yaml:1: help line "kindertelefoon" needs source_url`},
		{"help line in an unknown language", func(f fstest.MapFS) {
			f["helplines.yaml"] = &fstest.MapFile{Data: []byte(helplinesYAML + "  languages: [nl, de]\n")}
		}, `helplines.yaml:1: help line "kindertelefoon": language "de" is not nl or en`},
		{"no site.yaml", func(f fstest.MapFS) { delete(f, "site.yaml") }, `site.yaml: site.yaml is missing`},
		{"publisher without a name", func(f fstest.MapFS) {
			f["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(siteYAML, "  name: Uitgever\n", "", 1))}
		}, `site.yaml:1: publisher: name is missing`},
		{"publisher without a contact", func(f fstest.MapFS) {
			f["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(siteYAML, "redactie@signaal.nl", `""`, 1))}
		}, `site.yaml:3: publisher: contact is missing`},
		{"publisher without a security contact", func(f fstest.MapFS) {
			f["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(siteYAML, "  security: mailto:security@signaal.nl\n", "", 1))}
		}, `site.yaml:1: publisher: security is missing`},
		{"security contact that is not an address", func(f fstest.MapFS) {
			f["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(siteYAML, "mailto:security@signaal.nl", "security@signaal.nl", 1))}
		}, `site.yaml:4: publisher: security "security@signaal.nl" must be a mailto: or https: address`},
		{"contact that is not an address", func(f fstest.MapFS) {
			f["site.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(siteYAML, "redactie@signaal.nl", "redactie", 1))}
		}, `site.yaml:3: publisher: contact "redactie" is not an e-mail address`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validSite()
			tt.change(fsys)
			_, ps := load(t, fsys)
			if len(ps.Errors()) == 0 {
				t.Fatalf("no problems; want %q", tt.want)
			}
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%s\nwant a line containing %q", ps.Error(), tt.want)
			}
		})
	}
}

func TestChecklistPageNamesTheSignsSources(t *testing.T) {
	fsys := validSite()
	fsys["sources.yaml"] = &fstest.MapFile{Data: []byte("- {key: ckm-2021, title: Daders, publisher: CKM, date: 2021-03}\n- {key: nos-2019, title: Sextortion, publisher: NOS, date: 2019-11}\n")}
	fsys["signs.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(signsYAML, "[ckm-2021]", "[nos-2019, ckm-2021]", 1))}
	fsys["nl/ouders.md"] = page("title: Signalen\ndescription: d\ntranslationKey: signs\naudience: parents\nreviewed: 2026-11-24\nlayout: signs\nsources: [ckm-2021]", "Tekst.\n")
	fsys["en/parents.md"] = page("title: Signs\ndescription: d\ntranslationKey: signs\naudience: parents\nreviewed: 2026-11-24\nlayout: signs", "Text.\n")
	s, ps := load(t, fsys)
	if len(ps) > 0 {
		t.Fatalf("problems:\n%s", ps.Error())
	}
	for path, want := range map[string][]string{"/nl/ouders/": {"ckm-2021", "nos-2019"}, "/en/parents/": {"nos-2019", "ckm-2021"}} {
		p := s.Page(path)
		if p == nil {
			t.Fatalf("no page %s", path)
		}
		if !slices.Equal(p.Sources, want) {
			t.Errorf("%s sources = %v, want %v (its own first, then the signs', each once)", path, p.Sources, want)
		}
	}
	if got := s.Page("/nl/jongeren/").Sources; !slices.Equal(got, []string{"ckm-2021"}) {
		t.Errorf("a page without the checklist got the signs' sources: %v", got)
	}
}

// TestHelplineFreshness holds the checked date to its limits against a
// fixed clock: fresh lines pass, lines over 6 months warn, lines of 12
// months or more fail, and a month counts from its first day.
func TestHelplineFreshness(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		checked string
		want    string // "" ok, "warn" or "fail"
	}{
		{"2026-11", ""},
		{"2026-12-01", ""},
		{"2026-06-01", ""},     // exactly six months: not more than six
		{"2026-05-31", "warn"}, // a day over six months
		{"2026-06", ""},        // June 1st
		{"2026-05", "warn"},    // May 1st, so over six months
		{"2025-12-02", "warn"}, // a day short of twelve months
		{"2025-12-01", "fail"}, // twelve months
		{"2025-12", "fail"},    // December 1st 2025
		{"2024-03-10", "fail"},
		{"2026-12-02", "fail"}, // in the future: a typo
	}
	for _, tt := range tests {
		t.Run(tt.checked, func(t *testing.T) {
			fsys := validSite()
			fsys["helplines.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(helplinesYAML, "2026-11-01", tt.checked, 1))}
			s, err := Load(fsys, Options{Now: now})
			var ps Problems
			if err != nil && !errors.As(err, &ps) {
				t.Fatal(err)
			}
			got := ""
			switch {
			case len(ps.Errors()) > 0:
				got = "fail"
				if !strings.Contains(ps.Error(), `helplines.yaml:1: help line "kindertelefoon"`) {
					t.Errorf("problem does not name the file, line and line's key: %s", ps.Error())
				}
			case len(s.Warnings) > 0:
				got = "warn"
				if !strings.Contains(s.Warnings[0].String(), `helplines.yaml:1: warning: help line "kindertelefoon" was last checked in `+tt.checked) {
					t.Errorf("warning = %s", s.Warnings[0])
				}
			}
			if got != tt.want {
				t.Errorf("checked %s on %s: got %q, want %q (problems: %v, warnings: %v)", tt.checked, now.Format("2006-01-02"), got, tt.want, ps, s.Warnings)
			}
		})
	}
}

// TestPlaceholderPublisherWarns: an address on a reserved domain serves,
// but check names the file and line of every placeholder.
func TestPlaceholderPublisherWarns(t *testing.T) {
	for _, tt := range []struct {
		contact, security string
		want              []string
	}{
		{"redactie@signaal.nl", "mailto:security@signaal.nl", nil},
		{"redactie@example.org", "mailto:security@signaal.nl", []string{"site.yaml:3: warning: publisher: contact \"redactie@example.org\" is a placeholder"}},
		{"https://signaal.nl/contact", "https://report.invalid/security", []string{"site.yaml:4: warning: publisher: security \"https://report.invalid/security\" is a placeholder"}},
		{"a@mail.example", "mailto:b@sub.example.com", []string{"site.yaml:3: warning", "site.yaml:4: warning"}},
		{"a@notexample.org", "mailto:b@example.org.nl", nil},
	} {
		fsys := validSite()
		y := strings.Replace(strings.Replace(siteYAML, "redactie@signaal.nl", tt.contact, 1), "mailto:security@signaal.nl", tt.security, 1)
		fsys["site.yaml"] = &fstest.MapFile{Data: []byte(y)}
		s, ps := load(t, fsys)
		if len(ps) > 0 {
			t.Fatalf("%s, %s: a placeholder must not fail the site:\n%s", tt.contact, tt.security, ps.Error())
		}
		if len(s.Warnings) != len(tt.want) {
			t.Errorf("%s, %s: warnings %v, want %d", tt.contact, tt.security, s.Warnings, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(s.Warnings[i].String(), w) {
				t.Errorf("warning %d = %s, want it to contain %s", i, s.Warnings[i], w)
			}
		}
	}
}

func TestPublisherLoaded(t *testing.T) {
	s, ps := load(t, validSite())
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	p := s.Settings.Publisher
	if p.Name != "Uitgever" || p.ContactURL() != "mailto:redactie@signaal.nl" || p.Security != "mailto:security@signaal.nl" {
		t.Errorf("publisher = %+v", p)
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Ideeën voor één dag":     "ideeën-voor-één-dag",
		"Wat kun je doen?":        "wat-kun-je-doen",
		"  Snapchat & Instagram ": "snapchat-instagram",
		"Art. 273f Sr":            "art-273f-sr",
	} {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestExternalLinksMarked(t *testing.T) {
	r, err := render([]byte("[a](https://www.kindertelefoon.nl/) and [b](/nl/)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.html, `<a href="https://www.kindertelefoon.nl/" class="external" rel="external noopener noreferrer">a</a>`) {
		t.Errorf("external link not marked: %s", r.html)
	}
	if !strings.Contains(r.html, `<a href="/nl/">b</a>`) {
		t.Errorf("internal link changed: %s", r.html)
	}
}

func TestRawHTMLStaysOff(t *testing.T) {
	r, err := render([]byte("<script>alert(1)</script>\n\nHi <b>there</b>\n"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.html, "<script>") || strings.Contains(r.html, "<b>") {
		t.Errorf("raw HTML was rendered: %s", r.html)
	}
}

func TestPlainText(t *testing.T) {
	got := PlainText("<h2 id=\"a\">Wat is <em>het</em>?</h2>\n<p>Een zin met <a href=\"/x\">een link</a>.</p><ul><li>Eén</li><li>Twee &amp; drie</li></ul>")
	want := "Wat is het?\nEen zin met een link.\nEén\nTwee & drie"
	if got != want {
		t.Errorf("PlainText = %q, want %q", got, want)
	}
}

// Content the site refuses, each with its file and line.
func TestRefusedContent(t *testing.T) {
	body := func(b string) func(fstest.MapFS) {
		return func(f fstest.MapFS) {
			f["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24", b)
		}
	}
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		want   string
	}{
		{"raw HTML inline", body("Hello.\n\nA <script>alert(1)</script> b.\n"), `en/index.md:10: HTML is not allowed in a page ("<script>")`},
		{"raw HTML block", body("Hello.\n\n<div onclick=\"x()\">\nhi\n</div>\n"), `en/index.md:10: HTML is not allowed in a page`},
		{"raw HTML comment", body("<!-- note -->\n"), `en/index.md:8: HTML is not allowed`},
		{"javascript link", body("[x](javascript:alert(1))\n"), `en/index.md:8: link "javascript:alert(1)": a javascript: address is not allowed`},
		{"hidden javascript link", body("Hi.\n[x](JaVa%09script:alert(1))\n\n[y](<java\tscript:x>)\n"), `en/index.md:11: link "java\tscript:x": a javascript: address is not allowed`},
		{"data link", body("[x](data:text/html;base64,PHNjcmlwdD4=)\n"), `a data: address is not allowed`},
		{"data image", body("![x](data:image/svg+xml,<svg/onload=alert(1)>)\n"), `a data: address is not allowed`},
		{"autolink", body("<vbscript:msgbox>\n"), `a vbscript: address is not allowed`},
		{"heading class", body("Intro.\n\n## Signs {#signs .red}\n"), `en/index.md:10: heading attribute "class" is not allowed`},
		{"heading event", body("## Signs {#signs onclick=\"alert(1)\"}\n"), `en/index.md:8: heading attribute "onclick" is not allowed`},
		{"invalid UTF-8 in a page", body("Hello.\n\nCaf\xe9.\n"), `en/index.md:10: column 4: this is not UTF-8 text`},
		{"invalid UTF-8 in front matter", func(f fstest.MapFS) {
			f["en/index.md"] = page("title: Caf\xe9\ndescription: d\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24", "x")
		}, `en/index.md:2: column 11: this is not UTF-8 text: save the file as UTF-8 (the byte 0xe9`},
		{"invalid UTF-8 in a data file", func(f fstest.MapFS) {
			f["signs.yaml"] = &fstest.MapFile{Data: []byte("# signs\n- {id: behaviour, title: {nl: Gedr\xffag, en: Behaviour}, items: [{nl: Stil, en: Quiet}]}\n")}
		}, `signs.yaml:2: column 35: this is not UTF-8 text`},
		{"page too large", body(strings.Repeat("Een zin met woorden. ", MaxPageBytes/20)), `en/index.md: the file is 269 KB; a file here may be at most 256 KB`},
		{"page that links out of the content folder", func(f fstest.MapFS) {
			f["en/young-people/other.md"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("../../../secret.md")}
		}, `en/young-people/other.md: is a symbolic link to ../../../secret.md, outside the content folder`},
		{"page with an absolute link", func(f fstest.MapFS) {
			f["en/young-people/other.md"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("/etc/passwd")}
		}, `en/young-people/other.md: is a symbolic link to /etc/passwd, outside the content folder`},
		{"language folder that links out", func(f fstest.MapFS) {
			for name := range f {
				if strings.HasPrefix(name, "en/") {
					delete(f, name)
				}
			}
			f["en"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("../elsewhere/en")}
		}, `en: is a symbolic link to ../elsewhere/en, outside the content folder`},
		{"folder that links out", func(f fstest.MapFS) {
			f["en/young-people/more"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("../../../x")}
		}, `en/young-people/more: is a symbolic link to ../../../x, outside`},
		{"data file that links out", func(f fstest.MapFS) {
			f["sources.yaml"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("../sources.yaml")}
		}, `sources.yaml: is a symbolic link to ../sources.yaml, outside`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validSite()
			tt.change(fsys)
			_, ps := load(t, fsys)
			if !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%s\nwant a line containing %q", ps.Error(), tt.want)
			}
		})
	}
	// A link inside the content folder is fine.
	fsys := validSite()
	fsys["en/young-people/other.md"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("index.md")}
	fsys["nl/jongeren/ander.md"] = &fstest.MapFile{Mode: fs.ModeSymlink, Data: []byte("../jongeren/index.md")}
	if _, ps := load(t, fsys); strings.Contains(ps.Error(), "symbolic link") {
		t.Errorf("a link to a page inside the content folder is refused:\n%s", ps.Error())
	}
}

// A mistake in a data file is one problem at its line, not one for every
// page that names a help line; YAML's lines are the file's lines.
func TestDataFileMessages(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             string
	}{
		{"typo in a field name", "helplines.yaml", strings.Replace(helplinesYAML, "  phone:", "  phnoe:", 1), `helplines.yaml:7: unknown field "phnoe"`},
		{"bad indentation", "helplines.yaml", strings.Replace(helplinesYAML, "  ways: [call]", "   ways: [call]", 1), "helplines.yaml:5: did not find expected key"},
		{"unclosed quote", "helplines.yaml", strings.Replace(helplinesYAML, `phone: "0800-0432"`, `phone: ""0800-0432"`, 1), "helplines.yaml:7: did not find expected key"},
		{"quote closed lines later", "helplines.yaml", "- key: x\n  name: \"a\n  b\"\n  needs: [talk\n", "helplines.yaml:4: did not find expected ',' or ']'"},
		{"tab", "helplines.yaml", strings.Replace(helplinesYAML, "  source:", "\tsource:", 1), "helplines.yaml:11: found a tab character that violates indentation"},
		{"duplicate key", "helplines.yaml", strings.Replace(helplinesYAML, "  free: true\n", "  free: true\n  free: false\n", 1), `helplines.yaml:11: key "free" is given twice: first on line 10`},
		{"bad date", "helplines.yaml", strings.Replace(helplinesYAML, "2026-11-01", "1 nov", 1), `helplines.yaml:13: "1 nov" is not a date`},
		{"empty help lines", "helplines.yaml", "", "helplines.yaml: the file is empty"},
		{"only comments", "sources.yaml", "# nothing yet\n", "sources.yaml: the file is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := validSite()
			fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			_, ps := load(t, fsys)
			if len(ps.Errors()) != 1 || !strings.Contains(ps.Error(), tt.want) {
				t.Errorf("problems:\n%s\nwant exactly one: %q", ps.Error(), tt.want)
			}
		})
	}
}

// Front matter's YAML lines are the file's lines too.
func TestFrontMatterDuplicateKey(t *testing.T) {
	fsys := validSite()
	fsys["en/index.md"] = page("title: S\ndescription: d\ntranslationKey: home\naudience: general\ntitle: T\nreviewed: 2026-11-24", "x")
	_, ps := load(t, fsys)
	if want := `en/index.md:6: front matter: key "title" is given twice: first on line 2`; !strings.Contains(ps.Error(), want) {
		t.Errorf("problems:\n%s\nwant %q", ps.Error(), want)
	}
}

// Problems with one entry of sources.yaml or signs.yaml are at the entry's
// line; a source defined twice names both lines.
func TestDataEntryLines(t *testing.T) {
	fsys := validSite()
	fsys["sources.yaml"] = &fstest.MapFile{Data: []byte("# sources\n- {key: ckm-2021, title: Daders, publisher: CKM, date: 2021-03}\n- {key: ckm-2021, title: Daders, publisher: CKM, date: 2021-03}\n- {key: x, title: X, publisher: Y}\n")}
	fsys["signs.yaml"] = &fstest.MapFile{Data: []byte("- {id: behaviour, title: {nl: Gedrag, en: Behaviour}, items: [{nl: Stil, en: Quiet}], sources: [ckm-2021]}\n- id: online\n  title: {nl: Online}\n  items: [{nl: A, en: A}]\n  sources: [nope]\n")}
	_, ps := load(t, fsys)
	for _, want := range []string{
		`sources.yaml:3: source "ckm-2021" is defined twice: first on line 2`,
		`sources.yaml:4: source "x" has no date`,
		`signs.yaml:2: sign group "online" has no en title`,
		`signs.yaml:2: sign group "online": unknown source "nope"`,
	} {
		if !strings.Contains(ps.Error(), want) {
			t.Errorf("problems:\n%s\nwant %q", ps.Error(), want)
		}
	}
}
