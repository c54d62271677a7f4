package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"runtime"
	"strings"

	"github.com/andybalholm/brotli"
	"golang.org/x/sync/errgroup"
)

// compressible reports whether a content type is text that compresses well.
func compressible(contentType string) bool {
	for _, t := range []string{"text/", "application/javascript", "application/json", "application/xml", "image/svg+xml", "application/manifest+json"} {
		if strings.HasPrefix(contentType, t) {
			return true
		}
	}
	return false
}

// compressAll gives every text file its gzip and brotli encodings, on
// every core. Encodings that are not smaller than the original are dropped.
// Compressors are kept in a free list and reset between files: setting one
// up (a 1 MiB deflate state, a brotli hasher) costs more than compressing a
// small page with it, so no more are made than run at once.
func compressAll(files []*File, brotliQuality int) error {
	n := runtime.GOMAXPROCS(0)
	var g errgroup.Group
	g.SetLimit(n)
	free := make(chan *compressor, n) // at most n in use, so never full
	for _, f := range files {
		if !compressible(f.Header.Get("Content-Type")) {
			continue
		}
		g.Go(func() error {
			var c *compressor
			select {
			case c = <-free:
			default:
				c = newCompressor()
			}
			defer func() { free <- c }()
			if err := c.compress(f, brotliQuality); err != nil {
				return fmt.Errorf("%s: %w", f.Path, err)
			}
			return nil
		})
	}
	return g.Wait()
}

// A compressor is one worker's reusable encoders.
type compressor struct {
	buf    bytes.Buffer
	gz     *gzip.Writer
	brotli map[[2]int]*brotli.Writer // by quality and window bits
}

func newCompressor() *compressor {
	return &compressor{brotli: map[[2]int]*brotli.Writer{}}
}

// compress sets f.Gzip and f.Brotli. Static files, which are few and cached
// for a year, always get brotli's best quality; pages get pageQuality.
func (c *compressor) compress(f *File, pageQuality int) error {
	gz, err := c.gzip(f.Body)
	if err != nil {
		return err
	}
	q := pageQuality
	if f.Header.Get("Cache-Control") == StaticCache {
		q = StaticBrotliQuality
	}
	br, err := c.brotliBytes(f.Body, q)
	if err != nil {
		return err
	}
	if len(gz) < len(f.Body) {
		f.Gzip = gz
	}
	if len(br) < len(f.Body) {
		f.Brotli = br
	}
	return nil
}

// gzip compresses b at the best level; the output is a fresh slice.
func (c *compressor) gzip(b []byte) ([]byte, error) {
	c.buf.Reset()
	if c.gz == nil {
		w, err := gzip.NewWriterLevel(&c.buf, gzip.BestCompression)
		if err != nil {
			return nil, err
		}
		c.gz = w
	} else {
		c.gz.Reset(&c.buf)
	}
	if _, err := c.gz.Write(b); err != nil {
		return nil, err
	}
	if err := c.gz.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(c.buf.Bytes()), nil
}

// brotliBytes compresses b with a window just large enough for it, as the
// reference encoder does. The library's default window (4 MiB) costs more
// to set up than a small page costs to compress: fitting it makes quality 11
// about three times faster on a page, for the same bytes.
func (c *compressor) brotliBytes(b []byte, quality int) ([]byte, error) {
	c.buf.Reset()
	key := [2]int{quality, windowBits(len(b))}
	w := c.brotli[key]
	if w == nil {
		w = brotli.NewWriterOptions(&c.buf, brotli.WriterOptions{Quality: quality, LGWin: key[1]})
		c.brotli[key] = w
	} else {
		w.Reset(&c.buf)
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(c.buf.Bytes()), nil
}

// windowBits returns the smallest brotli window (10 to 24 bits) that holds
// n bytes.
func windowBits(n int) int {
	bits := 10
	for bits < 24 && 1<<bits-16 < n {
		bits++
	}
	return bits
}
