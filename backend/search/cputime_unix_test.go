//go:build unix

package search

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used. On a machine shared with
// other work, articles per CPU second compare runs where wall time cannot.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
