package export

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// WriteFileAtomic writes data to path so that path is never seen half
// written: a temporary file in the same folder is written, synced and
// renamed over path, and the folder is synced so the rename survives a
// crash. On failure path is unchanged and the temporary file is removed.
func WriteFileAtomic(path string, data []byte) error {
	f, err := CreateAtomic(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return fmt.Errorf("export: write %s: %w", path, err)
	}
	return f.Commit()
}

// AtomicFile is a file being written in place of path; nothing shows at
// path until Commit. It streams, for backups too large to hold in memory.
type AtomicFile struct {
	*os.File
	path string
}

// CreateAtomic starts writing a file that will replace path on Commit.
func CreateAtomic(path string) (*AtomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("export: write %s: %w", path, err)
	}
	return &AtomicFile{File: f, path: path}, nil
}

// Abort removes the temporary file; path is left as it was.
func (f *AtomicFile) Abort() {
	f.File.Close()
	os.Remove(f.Name())
}

// Commit syncs the file and renames it over path.
func (f *AtomicFile) Commit() error {
	// CreateTemp makes the file private; exports are ordinary documents.
	err := f.Chmod(0o644)
	if runtime.GOOS == "windows" {
		err = nil
	}
	if err == nil {
		err = f.Sync()
	}
	if err == nil {
		err = f.File.Close()
	}
	if err == nil {
		err = os.Rename(f.Name(), f.path)
	}
	if err != nil {
		f.Abort()
		return fmt.Errorf("export: write %s: %w", f.path, err)
	}
	if runtime.GOOS != "windows" {
		if d, derr := os.Open(filepath.Dir(f.path)); derr == nil {
			d.Sync()
			d.Close()
		}
	}
	return nil
}
