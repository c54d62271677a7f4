//go:build !unix

package httpserve

// MaxConns is the default connection limit where the file limit cannot be
// read: MaxConnsCeiling.
func MaxConns() int { return MaxConnsCeiling }
