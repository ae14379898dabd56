//go:build unix

package html

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, which other work on a
// busy machine does not inflate as it does wall time.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
