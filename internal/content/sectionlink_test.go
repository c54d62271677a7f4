package content

import (
	"strings"
	"testing"
	"testing/fstest"

	"signaal/internal/lang"
	"signaal/internal/sitetest"
)

func TestSectionLinks(t *testing.T) {
	tests := []struct {
		name string
		c    lang.Code
		md   string
		want []string // substrings of the HTML
		not  []string
	}{
		{"explicit ID, Dutch", lang.Dutch, "## Signalen {#signs}\n\nTekst.\n",
			[]string{`<div class="section-head"><h2 id="signs">Signalen</h2>` + "\n" + `<a class="section-link" href="#signs" aria-label="Link naar deze sectie: Signalen" data-label="Link naar deze sectie"></a></div>`}, nil},
		{"auto ID, English", lang.English, "### What *you* can do\n",
			[]string{`<h3 id="what-you-can-do">What <em>you</em> can do</h3>` + "\n" + `<a class="section-link" href="#what-you-can-do" aria-label="Link to this section: What you can do" data-label="Link to this section"></a>`}, nil},
		{"h4 gets one", lang.English, "#### Small\n", []string{`href="#small"`}, nil},
		{"h1 and h5 do not", lang.English, "# Big\n\n##### Tiny\n", nil, []string{"section-link"}},
		{"heading text is escaped in the label", lang.English, "## Tom & \"Jerry\" {#tj}\n",
			[]string{`aria-label="Link to this section: Tom &amp; “Jerry”"`, `href="#tj"`}, nil},
		{"heading in a list item", lang.English, "- ## Inside\n", []string{`<li>` + "\n" + `<div class="section-head"><h2 id="inside">Inside</h2>` + "\n" + `<a class="section-link" href="#inside"`}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := renderIn([]byte(tt.md), tt.c)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.html, w) {
					t.Errorf("HTML lacks %s:\n%s", w, r.html)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(r.html, w) {
					t.Errorf("HTML has %s:\n%s", w, r.html)
				}
			}
		})
	}
}

func TestSectionLinkAddsNoReadableText(t *testing.T) {
	r, err := renderIn([]byte("## Signalen {#signs}\n\nTekst.\n"), lang.Dutch)
	if err != nil {
		t.Fatal(err)
	}
	if got := PlainText(r.html); got != "Signalen\nTekst." {
		t.Errorf("PlainText = %q: the link must not add words for readability or search", got)
	}
}

func TestHeadingExplicitAndLine(t *testing.T) {
	s, ps := load(t, sitetest.FS(t, valid))
	if len(ps) > 0 {
		t.Fatal(ps.Error())
	}
	hs := s.Page("/nl/jongeren/").Headings
	// Front matter is 7 lines plus two --- lines: the body starts on line 10.
	want := []Heading{
		{Level: 2, ID: "ideeën-voor-één-dag", Text: "Ideeën voor één dag", Explicit: false, Line: 10},
		{Level: 2, ID: "signs", Text: "Signalen", Explicit: true, Line: 14},
	}
	if len(hs) != len(want) {
		t.Fatalf("headings = %+v", hs)
	}
	for i := range want {
		if hs[i] != want[i] {
			t.Errorf("heading %d = %+v, want %+v", i, hs[i], want[i])
		}
	}
}

func TestSectionIDsMatchTranslation(t *testing.T) {
	tests := []struct {
		name   string
		change func(*testing.T, fstest.MapFS)
		want   []string // problem lines; none means the site is fine
	}{
		{"auto IDs may differ", func(t *testing.T, f fstest.MapFS) {}, nil},
		{"explicit ID missing in English", func(t *testing.T, f fstest.MapFS) {
			f["en/young-people/index.md"] = sitetest.Page("title: Young people\ndescription: For you\ntranslationKey: youth\naudience: youth\nweight: 10\nreviewed: 2026-11-24",
				"## Ideas for one day\n\nText.\n\n## Signs\n\nText.\n")
			f["en/index.md"] = sitetest.Page("title: Signaal\ndescription: Help\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24\nlayout: home", "Hi.\n")
		}, []string{"nl/jongeren/index.md:14: section {#signs} is not in the en translation en/young-people/index.md"}},
		{"different explicit IDs on both sides", func(t *testing.T, f fstest.MapFS) {
			f["en/young-people/index.md"] = sitetest.Page("title: Young people\ndescription: For you\ntranslationKey: youth\naudience: youth\nweight: 10\nreviewed: 2026-11-24",
				"## Ideas {#ideas}\n\nText.\n\n## Signs {#signals}\n\nText.\n")
			f["en/index.md"] = sitetest.Page("title: Signaal\ndescription: Help\ntranslationKey: home\naudience: general\nreviewed: 2026-11-24\nlayout: home", "Hi.\n")
		}, []string{
			"en/young-people/index.md:9: section {#ideas} is not in the nl translation nl/jongeren/index.md",
			"en/young-people/index.md:13: section {#signals} is not in the nl translation",
			"nl/jongeren/index.md:14: section {#signs} is not in the en translation",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := sitetest.FS(t, valid)
			tt.change(t, fsys)
			_, ps := load(t, fsys)
			if len(tt.want) == 0 && len(ps) > 0 {
				t.Fatalf("unexpected problems:\n%s", ps.Error())
			}
			if len(ps) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%s", len(ps), len(tt.want), ps.Error())
			}
			for _, w := range tt.want {
				if !strings.Contains(ps.Error(), w) {
					t.Errorf("problems:\n%s\nwant a line containing %q", ps.Error(), w)
				}
			}
		})
	}
}
