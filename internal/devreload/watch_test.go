package devreload

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Every kind of change is noticed, in each folder watched: an edit, a new
// file, a removed file, and a rename that keeps the count, the size and the
// modification time.
func TestWatchNoticesEveryChange(t *testing.T) {
	dir, static := t.TempDir(), t.TempDir()
	write := func(name, data string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("nl/a.md", "a")
	write("nl/b.md", "b")
	changed := make(chan struct{}, 10)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go Watch(ctx, []string{dir, static}, 10*time.Millisecond, func() { changed <- struct{}{} })
	time.Sleep(30 * time.Millisecond) // the first snapshot is taken

	expect := func(what string, change func()) {
		t.Helper()
		change()
		select {
		case <-changed:
		case <-time.After(2 * time.Second):
			t.Fatalf("%s: not noticed", what)
		}
	}
	expect("a new file", func() { write("nl/c.md", "c") })
	expect("a removed file", func() { os.Remove(filepath.Join(dir, "nl/c.md")) })
	expect("an edit", func() {
		p := filepath.Join(dir, "nl/a.md")
		os.WriteFile(p, []byte("A"), 0o644)
		os.Chtimes(p, time.Now(), time.Now().Add(time.Hour))
	})
	expect("a rename with the same size and time", func() {
		if err := os.Rename(filepath.Join(dir, "nl/b.md"), filepath.Join(dir, "nl/z.md")); err != nil {
			t.Fatal(err)
		}
	})
	expect("a stylesheet edit", func() {
		if err := os.WriteFile(filepath.Join(static, "site.css"), []byte("b{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	})
	expect("a moved folder", func() {
		if err := os.Rename(filepath.Join(dir, "nl"), filepath.Join(dir, "en")); err != nil {
			t.Fatal(err)
		}
	})
	select {
	case <-changed:
		t.Error("a change was reported with nothing changed")
	case <-time.After(50 * time.Millisecond):
	}
}
