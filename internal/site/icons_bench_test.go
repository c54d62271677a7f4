package site

import (
	"testing"

	"signaal/templates"
)

// BenchmarkDrawShareImage measures the slowest picture; the build draws it
// once per run (pngCache).
func BenchmarkDrawShareImage(b *testing.B) {
	bg, _ := parseHex(defaultBrand)
	for b.Loop() {
		if _, err := encodePNG(drawSignal(templates.ShareWidth, templates.ShareHeight, bg, false)); err != nil {
			b.Fatal(err)
		}
	}
}
