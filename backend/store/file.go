package store

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// file is the open bbolt file. Its transactions pass a gate that Compact
// closes while it copies the file and swaps the copy in, so that no write
// lands in the old file after the copy was taken and no transaction runs
// on a closed file. Every transaction of the package goes through View and
// Update here, by the method names of bbolt's own.
type file struct {
	*bolt.DB
	gate gate
}

func newFile(db *bolt.DB) *file {
	f := &file{DB: db}
	f.gate.changed.L = &f.gate.mu
	return f
}

// View runs a read-only transaction.
func (f *file) View(fn func(*bolt.Tx) error) error {
	f.gate.enter()
	defer f.gate.leave()
	return f.DB.View(fn)
}

// Update runs a read-write transaction.
func (f *file) Update(fn func(*bolt.Tx) error) error {
	f.gate.enter()
	defer f.gate.leave()
	return f.DB.Update(fn)
}

// exclusive runs fn with no transaction running or starting. It waits for
// a moment without transactions rather than making new ones wait, because
// a transaction may start another inside it (a read inside a read), which
// would wait forever behind a waiting Compact.
func (f *file) exclusive(fn func() error) error {
	f.gate.close()
	defer f.gate.open()
	return fn()
}

// gate counts running transactions and can be closed to all of them.
type gate struct {
	mu      sync.Mutex
	changed sync.Cond
	running int
	closed  bool
}

func (g *gate) enter() {
	g.mu.Lock()
	for g.closed {
		g.changed.Wait()
	}
	g.running++
	g.mu.Unlock()
}

func (g *gate) leave() {
	g.mu.Lock()
	g.running--
	g.changed.Broadcast()
	g.mu.Unlock()
}

func (g *gate) close() {
	g.mu.Lock()
	for g.closed || g.running > 0 {
		g.changed.Wait()
	}
	g.closed = true
	g.mu.Unlock()
}

func (g *gate) open() {
	g.mu.Lock()
	g.closed = false
	g.changed.Broadcast()
	g.mu.Unlock()
}
