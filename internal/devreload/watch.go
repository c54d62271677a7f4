// Package devreload is the editor's loop of `signaal serve -dev`: Watch
// notices when files in the content and static folders change, so the
// server rebuilds the site, and a Hub tells the open pages, which then
// reload themselves. Watch polls instead of using file system events: that
// works the same on every system and editor, and the trees are small.
package devreload

import (
	"context"
	"hash"
	"hash/fnv"
	"io/fs"
	"path/filepath"
	"strconv"
	"time"
)

// Watch calls onChange whenever a file under one of dirs is added,
// removed, renamed or modified, checking every interval, until ctx is done.
func Watch(ctx context.Context, dirs []string, interval time.Duration, onChange func()) {
	last := snapshot(dirs)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if now := snapshot(dirs); now != last {
				last = now
				onChange()
			}
		}
	}
}

// snapshot sums up trees in one number: a hash of every file's path, size
// and modification time, in the walk's (lexical) order. A rename changes a
// path, so it is noticed even when the count, the sizes and the times stay
// the same.
func snapshot(dirs []string) uint64 {
	h := fnv.New64a()
	for _, dir := range dirs {
		walk(h, dir)
	}
	return h.Sum64()
}

func walk(h hash.Hash64, dir string) {
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
}
