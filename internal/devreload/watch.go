// Package devreload notices when files in a folder change, so that an editor
// running `signaal serve -dev` sees an edit on the next page load. It polls
// instead of using file system events: that works the same on every system
// and editor, and a content tree is small.
package devreload

import (
	"context"
	"hash/fnv"
	"io/fs"
	"path/filepath"
	"strconv"
	"time"
)

// Watch calls onChange whenever a file under dir is added, removed,
// renamed or modified, checking every interval, until ctx is done.
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

// snapshot sums up a tree in one number: a hash of every file's path, size
// and modification time, in the walk's (lexical) order. A rename changes a
// path, so it is noticed even when the count, the sizes and the times stay
// the same.
func snapshot(dir string) uint64 {
	h := fnv.New64a()
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
		if !d.IsDir() {
			h.Write(strconv.AppendInt(nil, info.Size(), 10))
			h.Write([]byte{0})
			h.Write(strconv.AppendInt(nil, info.ModTime().UnixNano(), 10))
		}
		h.Write([]byte{'\n'})
		return nil
	})
	return h.Sum64()
}
