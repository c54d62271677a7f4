package server

import (
	"testing"

	"signaal"
)

// BenchmarkRenderEmbedded renders the real embedded site as serve does at
// start: every page, poster, icon and encoding. Run it with -benchtime 1x
// for a cold start (the icons are drawn once per process).
func BenchmarkRenderEmbedded(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Render(Config{Content: signaal.Content(), Static: signaal.Static(), BaseURL: "http://localhost:8080", ExitURL: "https://www.buienradar.nl/"}); err != nil {
			b.Fatal(err)
		}
	}
}
