package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io/fs"
	"math"
	"net/http"
	"regexp"
	"strconv"
	"sync"

	"signaal/internal/lang"
	"signaal/templates"
)

// The site's colours, read from site.css so the icons, the manifest and
// the pages agree; these are used when the stylesheet does not say.
const (
	defaultBrand = "#0b4f6c"
	defaultPaper = "#ffffff"
)

var cssHex = regexp.MustCompile(`--(brand-bg|paper):\s*(#[0-9a-fA-F]{6})\b`)

// siteColours returns --brand-bg (the header's blue, which both colour
// schemes share) and --paper from site.css: their first values, the light
// scheme's, which the manifest and icons use.
func siteColours(static fs.FS) (brand, paper string) {
	brand, paper = defaultBrand, defaultPaper
	if static == nil {
		return
	}
	css, err := fs.ReadFile(static, "site.css")
	if err != nil {
		return
	}
	seenBrand, seenPaper := false, false
	for _, m := range cssHex.FindAllStringSubmatch(string(css), -1) {
		switch {
		case m[1] == "brand-bg" && !seenBrand:
			brand, seenBrand = m[2], true
		case m[1] == "paper" && !seenPaper:
			paper, seenPaper = m[2], true
		}
	}
	return
}

// icons makes the favicon set, the share image and the web manifest. The
// picture has no words, so it needs no translation: a signal (a dot and two
// waves) in white on the site's blue. There is no service worker: the site
// stores nothing on the reader's device.
func icons(s *Site, opt Options) ([]*File, error) {
	brand, paper := siteColours(opt.Static)
	bg, err := parseHex(brand)
	if err != nil {
		return nil, err
	}
	var out []*File
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="%s"/><circle cx="20" cy="44" r="6" fill="#fff"/><path d="M20 28a16 16 0 0 1 16 16M20 13a31 31 0 0 1 31 31" fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round"/></svg>`, brand)
	out = append(out, newFile(templates.FaviconSVG, http.StatusOK, "image/svg+xml", PageCache, []byte(svg)))
	for _, ic := range []struct {
		path    string
		size    int
		rounded bool
	}{{templates.Favicon32, 32, true}, {templates.AppleTouchIcon, 180, false}, {templates.Icon192, 192, false}, {templates.Icon512, 512, false}} {
		b, err := signalPNG(ic.size, ic.size, bg, ic.rounded)
		if err != nil {
			return nil, err
		}
		out = append(out, newFile(ic.path, http.StatusOK, "image/png", PageCache, b))
	}
	b, err := signalPNG(templates.ShareWidth, templates.ShareHeight, bg, false)
	if err != nil {
		return nil, err
	}
	out = append(out, newFile(templates.ShareImage, http.StatusOK, "image/png", PageCache, b))

	home := s.Content.Home(lang.Default)
	desc := ""
	if home != nil {
		desc = home.Description
	}
	type icon struct {
		Src   string `json:"src"`
		Sizes string `json:"sizes"`
		Type  string `json:"type"`
	}
	m, err := json.MarshalIndent(map[string]any{
		"name":             "Signaal",
		"short_name":       "Signaal",
		"description":      desc,
		"lang":             string(lang.Default),
		"start_url":        "/" + string(lang.Default) + "/",
		"scope":            "/",
		"display":          "browser",
		"theme_color":      brand,
		"background_color": paper,
		"icons": []icon{
			{templates.FaviconSVG, "any", "image/svg+xml"},
			{templates.Icon192, "192x192", "image/png"},
			{templates.Icon512, "512x512", "image/png"},
		},
	}, "", "  ")
	if err != nil {
		return nil, err
	}
	out = append(out, newFile(templates.Manifest, http.StatusOK, "application/manifest+json", PageCache, append(m, '\n')))
	return out, nil
}

// pngCache keeps drawn pictures by size and colour: they never change
// within a run, and drawing the share image is the slowest part of a build
// (a dev reload or a test would pay for it every time).
var pngCache sync.Map

// signalPNG returns the signal picture as PNG, drawn once per size and colour.
func signalPNG(w, h int, bg color.RGBA, rounded bool) ([]byte, error) {
	key := fmt.Sprint(w, h, bg, rounded)
	if b, ok := pngCache.Load(key); ok {
		return b.([]byte), nil
	}
	b, err := encodePNG(drawSignal(w, h, bg, rounded))
	if err != nil {
		return nil, err
	}
	pngCache.Store(key, b)
	return b, nil
}

// parseHex reads a #rrggbb colour.
func parseHex(h string) (color.RGBA, error) {
	v, err := strconv.ParseUint(h[1:], 16, 32)
	if len(h) != 7 || err != nil {
		return color.RGBA{}, fmt.Errorf("colour %q is not #rrggbb", h)
	}
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}, nil
}

// drawSignal draws the signal picture on a w×h canvas: the dot and the two
// waves of the SVG favicon, scaled to fit the shorter side and centred.
// Edges are smoothed by sampling each pixel 4×4 times (2×2 on the large
// share image, where that is enough and four times faster).
func drawSignal(w, h int, bg color.RGBA, rounded bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	side := float64(min(w, h))
	unit := side / 64                                  // one unit of the 64×64 favicon
	ox, oy := (float64(w)-side)/2, (float64(h)-side)/2 // where the 64×64 square starts
	cx, cy := ox+20*unit, oy+44*unit                   // the dot, and the centre of the waves
	inShape := func(x, y float64) (paint, inside bool) {
		// outside the rounded corners of a small icon stays transparent
		if rounded {
			r := 14 * unit
			qx := math.Max(math.Abs(x-float64(w)/2)-(float64(w)/2-r), 0)
			qy := math.Max(math.Abs(y-float64(h)/2)-(float64(h)/2-r), 0)
			if qx*qx+qy*qy > r*r {
				return false, false
			}
		}
		dx, dy := x-cx, y-cy
		d := math.Hypot(dx, dy)
		if d <= 6*unit {
			return true, true
		}
		if dx >= 0 && dy <= 0 { // the upper-right quarter holds the waves
			for _, r := range []float64{16, 31} {
				if math.Abs(d-r*unit) <= 3*unit {
					return true, true
				}
			}
		}
		// the round caps at the ends of each wave
		for _, r := range []float64{16, 31} {
			if math.Hypot(x-cx, y-(cy-r*unit)) <= 3*unit || math.Hypot(x-(cx+r*unit), y-cy) <= 3*unit {
				return true, true
			}
		}
		return false, true
	}
	ss := 4
	if side > 256 {
		ss = 2
	}
	// Outside the shape's box a square icon is plain background: no need
	// to sample it (most of the wide share image).
	minX, maxX := cx-7*unit, cx+35*unit
	minY, maxY := cy-35*unit, cy+7*unit
	for py := 0; py < h; py++ {
		for px := 0; px < w; px++ {
			if !rounded && (float64(px+1) < minX || float64(px) > maxX || float64(py+1) < minY || float64(py) > maxY) {
				img.SetRGBA(px, py, bg)
				continue
			}
			white, inside := 0, 0
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					p, in := inShape(float64(px)+(float64(sx)+0.5)/float64(ss), float64(py)+(float64(sy)+0.5)/float64(ss))
					if in {
						inside++
					}
					if p {
						white++
					}
				}
			}
			if inside == 0 {
				continue
			}
			mix := func(c uint8) uint8 { return uint8((int(c)*(inside-white) + 255*white) / inside) }
			a := uint8(255 * inside / (ss * ss))
			// premultiplied alpha
			img.SetRGBA(px, py, color.RGBA{
				uint8(int(mix(bg.R)) * int(a) / 255), uint8(int(mix(bg.G)) * int(a) / 255), uint8(int(mix(bg.B)) * int(a) / 255), a,
			})
		}
	}
	return img
}

func encodePNG(img image.Image) ([]byte, error) {
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&b, img); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
