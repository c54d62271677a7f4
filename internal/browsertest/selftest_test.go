package browsertest

import (
	"encoding/base64"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// fixturePage is a small page that keeps every rule. Each case of
// TestChecksCatch breaks one rule by filling or replacing a piece of it.
const fixturePage = `<!DOCTYPE html>
<html lang="{{LANG}}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Proefpagina</title>
<style>
body { margin: 0; font: 18px/1.5 sans-serif; color: #111; background: #fff; }
main { padding: 1rem; }
a { color: #0b4f6c; }
a:focus-visible, summary:focus-visible, button:focus-visible { outline: 3px solid #000; }
.skip { position: absolute; left: 0; top: -10rem; background: #ffbf47; color: #111; }
.skip:focus { top: 0; }
{{CSS}}
</style></head>
<body>
{{SKIP}}
<header>
<a href="{{SWITCH}}" hreflang="{{OTHER}}" lang="{{OTHER}}">Other language</a>
<details><summary>Menu</summary><nav aria-label="Menu"><ul><li><a href="/nl/">Start</a></li></ul></nav></details>
</header>
<main id="main" tabindex="-1">
<h1>Proefpagina</h1>
<p>Een gewone pagina met een <a href="/nl/">link</a>.</p>
{{BODY}}
</main>
{{SCRIPT}}
</body></html>`

// fixture fills in the page; the zero value is the good Dutch page.
type fixture struct {
	Lang, Switch, SwitchLang string // defaults: nl, /en/, en
	Skip                     string // default: a skip link to #main
	CSS, Body, Script        string
}

func (f fixture) html(other string) string {
	if f.Lang == "" {
		f.Lang = "nl"
	}
	if f.Switch == "" {
		f.Switch, f.SwitchLang = "/en/", "en"
	}
	if f.Skip == "" {
		f.Skip = `<a class="skip" href="#main">Naar de inhoud</a>`
	}
	r := strings.NewReplacer("{{LANG}}", f.Lang, "{{SWITCH}}", f.Switch, "{{OTHER}}", f.SwitchLang,
		"{{SKIP}}", f.Skip, "{{CSS}}", f.CSS, "{{BODY}}", f.Body, "{{SCRIPT}}", f.Script)
	return strings.ReplaceAll(r.Replace(fixturePage), "{{ELSEWHERE}}", other)
}

// pixel is a 1×1 PNG.
var pixel, _ = base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")

// TestChecksCatch proves that the rules bite: a good fixture page passes,
// and each broken copy fails with the rule it breaks, so a check that
// silently stops working shows up here.
func TestChecksCatch(t *testing.T) {
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write(pixel)
	}))
	defer elsewhere.Close()

	cases := []struct {
		name string
		page fixture
		want string // the rule that must be reported; "" for none
		vp   viewport
	}{
		{"good page at phone size", fixture{}, "", phone},
		{"good page at desk size", fixture{}, "", desk},
		{"image without alt", fixture{Body: `<img src="/pixel.png" width="20" height="20">`}, "axe image-alt", desk},
		{"low contrast", fixture{Body: `<p style="color:#aaa">Grijs op wit</p>`}, "axe color-contrast", desk},
		{"tiny text", fixture{Body: `<p style="font-size:12px">Kleine letters</p>`}, "font-size", phone},
		{"tiny footer", fixture{Body: `<footer><small>Kleine lettertjes</small></footer>`}, "font-size", desk},
		{"tiny generated text", fixture{CSS: `h1::after { content: " !"; font-size: 10px; }`}, "font-size", desk},
		{"wide element at 320 px", fixture{Body: `<div style="width:350px">Breed blok</div>`}, "overflow", phone},
		{"wide element at 375 px", fixture{Body: `<pre>een_heel_lange_regel_zonder_afbreekpunten_die_niet_past_op_een_telefoon</pre>`}, "overflow", phone},
		{"image from another origin", fixture{Body: `<img src="{{ELSEWHERE}}/pixel.png" alt="">`}, "third-party request", desk},
		{"fetch to another origin", fixture{Script: `<script>fetch("{{ELSEWHERE}}/count").catch(() => {})</script>`}, "third-party request", desk},
		{"localStorage", fixture{Script: `<script>localStorage.setItem("seen", "1")</script>`}, "storage", desk},
		{"sessionStorage", fixture{Script: `<script>sessionStorage.setItem("seen", "1")</script>`}, "storage", desk},
		{"cookie", fixture{Script: `<script>document.cookie = "seen=1; path=/"</script>`}, "storage", desk},
		{"IndexedDB", fixture{Script: `<script>indexedDB.open("signaal")</script>`}, "storage", desk},
		{"script error", fixture{Script: `<script>notDefined()</script>`}, "console", desk},
		{"no skip link", fixture{Skip: "<!-- none -->"}, "keyboard skip-link", phone},
		{"exit first, then no skip link", fixture{Skip: `<a class="skip" data-exit href="/elders/">Snel weg</a><a class="skip" href="/nl/">Home</a>`}, "keyboard skip-link", phone},
		{"skip link to nowhere", fixture{Skip: `<a class="skip" href="#nergens">Naar de inhoud</a>`}, "keyboard skip-link", phone},
		{"no focus ring", fixture{CSS: `a:focus-visible, a:focus { outline: none; }`}, "keyboard focus-visible", phone},
		{"skip link stays hidden on focus", fixture{CSS: `.skip:focus { top: -10rem; }`}, "keyboard focus-visible", phone},
		{"keyboard trap", fixture{Body: `<button onkeydown="if (event.key === 'Tab') event.preventDefault()">Val</button> <a href="/nl/">Na de val</a>`}, "keyboard reach", desk},
		{"menu hidden", fixture{CSS: `details > summary { display: none; }`}, "keyboard menu", desk},
		{"menu that does not open", fixture{Script: `<script>document.querySelector("summary").addEventListener("click", e => e.preventDefault())</script>`}, "keyboard menu", phone},
		{"language switch to the wrong language", fixture{Switch: "/nl/", SwitchLang: "en"}, "keyboard lang-switch", phone},
		{"no language switch", fixture{Switch: "/en/", SwitchLang: "nl"}, "keyboard lang-switch", phone},
	}

	pages := map[string]string{
		"/nl/": fixture{}.html(elsewhere.URL),
		"/en/": fixture{Lang: "en", Switch: "/nl/", SwitchLang: "nl", Skip: `<a class="skip" href="#main">Skip to content</a>`}.html(elsewhere.URL),
	}
	for i, c := range cases {
		pages[fmt.Sprintf("/case/%d/", i)] = c.page.html(elsewhere.URL)
	}
	fs := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/pixel.png" {
			w.Header().Set("Content-Type", "image/png")
			w.Write(pixel)
			return
		}
		page, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer fs.Close()

	c := &checker{origin: fs.URL}
	tb := newTab(t)
	defer tb.cancel()
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := c.visit(tb, fmt.Sprintf("/case/%d/", i), http.StatusOK, tc.vp)
			var rules []string
			found := false
			for _, f := range got {
				rules = append(rules, f.String())
				if f.Rule == tc.want {
					found = true
				}
				if f.Rule == "browser" {
					t.Errorf("the visit itself failed: %s", f)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("a good page was reported:\n  %s", strings.Join(rules, "\n  "))
			case tc.want != "" && !found:
				t.Errorf("want a %q finding, got:\n  %s", tc.want, strings.Join(rules, "\n  "))
			default:
				t.Logf("reported as: %s", strings.Join(rules, " | "))
			}
		})
	}
}
