package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// OpenShared opens the library for reading even while another process (a
// window) holds it. When the file is locked it reads a snapshot instead:
// the file is read until two reads in a row are identical, which proves no
// write happened in between, and the copy is opened. Writes to a shared
// store go to the snapshot and are lost; use it for backups and reports.
func OpenShared(path string) (*Store, error) {
	s, err := Open(path)
	if !errors.Is(err, ErrLocked) {
		return s, err
	}
	data, err := stableRead(path)
	if err != nil {
		return nil, fmt.Errorf("store: snapshot %s: %w", path, err)
	}
	dir, err := os.MkdirTemp("", "gloss-snapshot-")
	if err != nil {
		return nil, fmt.Errorf("store: snapshot %s: %w", path, err)
	}
	copyPath := filepath.Join(dir, "library.db")
	if err := os.WriteFile(copyPath, data, 0o600); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("store: snapshot %s: %w", path, err)
	}
	db, err := openBolt(copyPath)
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("store: snapshot %s: %w", path, err)
	}
	return &Store{db: newFile(db), path: copyPath, now: time.Now, cleanup: func() { os.RemoveAll(dir) }}, nil
}

// stableRead reads path until two consecutive reads agree.
func stableRead(path string) ([]byte, error) {
	prev, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	for range 20 {
		cur, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		if bytes.Equal(prev, cur) {
			return cur, nil
		}
		prev = cur
		time.Sleep(50 * time.Millisecond)
	}
	return nil, errors.New("the library kept changing while it was read; try again")
}
