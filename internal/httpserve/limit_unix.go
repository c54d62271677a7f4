//go:build unix

package httpserve

import "syscall"

// MaxConns is the default connection limit: what the process's file limit
// (RLIMIT_NOFILE; Go raises the soft limit to the hard one at start) leaves
// after reservedFiles, and never over MaxConnsCeiling.
func MaxConns() int {
	var r syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &r); err != nil || r.Cur > MaxConnsCeiling+reservedFiles {
		return MaxConnsCeiling
	}
	return max(int(r.Cur)-reservedFiles, 16)
}
