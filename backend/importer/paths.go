package importer

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// MaxFileSize bounds one imported file; news articles and their exports are
// far smaller, and reading a huge file whole would exhaust memory.
const MaxFileSize = 256 << 20

// ImportPaths reads and imports files named by the user through the CLI,
// a native dialog or a file drop. Files that cannot be read are reported
// like files that cannot be parsed.
func (im Importer) ImportPaths(ctx context.Context, paths []string, progress func(Progress)) Report {
	var files []File
	var failed, restored []FileResult
	for _, p := range paths {
		if r, ok := im.restorePath(p); ok {
			restored = append(restored, r)
			continue
		}
		data, err := readFile(p)
		if err != nil {
			failed = append(failed, FileResult{File: filepath.Base(p), IDs: []uint64{}, Error: err.Error()})
			continue
		}
		files = append(files, File{Name: filepath.Base(p), Data: data, Folder: filepath.Dir(p)})
	}
	rep := im.Import(ctx, files, progress)
	rep.Files = append(rep.Files, failed...)
	rep.Failed += len(failed)
	for _, r := range restored {
		rep.Files = append(rep.Files, r)
		rep.add(r)
	}
	return rep
}

func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot open: %w", filepath.Base(path), err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", filepath.Base(path), err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a folder, not a file", filepath.Base(path))
	}
	if st.Size() > MaxFileSize {
		return nil, fmt.Errorf("%s: too large (%d MiB; the limit is %d MiB)", filepath.Base(path), st.Size()>>20, MaxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read: %w", filepath.Base(path), err)
	}
	return data, nil
}
