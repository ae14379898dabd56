//go:build linux && (amd64 || arm64)

package importer

import (
	"os"
	"syscall"
)

// dropCache asks the kernel to drop path's pages from the page cache, as
// after a reboot, so that opening it reads the disk. It reports whether
// the kernel agreed.
func dropCache(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	const dontNeed = 4 // POSIX_FADV_DONTNEED
	_, _, errno := syscall.Syscall6(syscall.SYS_FADVISE64, f.Fd(), 0, 0, dontNeed, 0, 0)
	return errno == 0
}
