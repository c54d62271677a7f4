package site

import (
	"testing"

	"signaal"
)

// BenchmarkBuildEmbedded builds the real embedded site as serve does at
// start: every page, poster, icon and encoding. Run it with -benchtime 1x
// for a cold start (the icons are drawn once per process).
func BenchmarkBuildEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := Build(Config{Content: signaal.Content(), Static: signaal.Static(), BaseURL: "http://localhost:8080", ExitURL: "https://www.buienradar.nl/"}); err != nil {
			b.Fatal(err)
		}
	}
}
