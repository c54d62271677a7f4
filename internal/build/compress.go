package build

import (
	"bytes"
	"compress/gzip"
	"strings"

	"github.com/andybalholm/brotli"
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

// compressAll gives every text file its gzip and brotli encodings, in
// parallel. Encodings that are not smaller than the original are dropped.
func compressAll(files []*File, brotliQuality int) error {
	var jobs []func() error
	for _, f := range files {
		if !compressible(f.Header.Get("Content-Type")) {
			continue
		}
		jobs = append(jobs, func() error {
			gz, err := gzipBytes(f.Body)
			if err != nil {
				return err
			}
			br, err := brotliBytes(f.Body, brotliQuality)
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
		})
	}
	return runParallel(jobs)
}

func gzipBytes(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func brotliBytes(b []byte, quality int) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, quality)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
