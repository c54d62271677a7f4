// Package devreload notices when files in a folder change, so that an editor
// running `signaal serve -dev` sees an edit on the next page load. It polls
// instead of using file system events: that works the same on every system
// and editor, and a content tree is small.
package devreload

import (
	"context"
	"io/fs"
	"path/filepath"
	"time"
)

// Watch calls onChange whenever a file under dir is added, removed or
// modified, checking every interval, until ctx is done.
func Watch(ctx context.Context, dir string, interval time.Duration, onChange func()) {
	last := snapshot(dir)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if now := snapshot(dir); now != last {
				last = now
				onChange()
			}
		}
	}
}

// state sums up a tree: how many files, their total size, the newest change.
type state struct {
	files  int
	size   int64
	newest time.Time
}

func snapshot(dir string) state {
	var s state
	_ = filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		s.files++
		s.size += info.Size()
		if info.ModTime().After(s.newest) {
			s.newest = info.ModTime()
		}
		return nil
	})
	return s
}
