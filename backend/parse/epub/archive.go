package epub

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// archive is an opened EPUB zip whose entries are read within the limits.
type archive struct {
	files  map[string]*zip.File // by cleaned name
	folded map[string]*zip.File // by lower-cased name, for hrefs typed in the wrong case
	left   int64                // bytes that may still be inflated (MaxTotalSize in all)
	tags   int                  // tags that may still be read (MaxTags in all)
}

// errDirBudget stops archive/zip while it reads a central directory too big
// for MaxEntries records.
var errDirBudget = errors.New("zip directory too large")

// budgetReader is a ReaderAt that fails once it has handed out more than
// left bytes; left < 0 means no limit.
type budgetReader struct {
	r    *bytes.Reader
	left int64
}

func (b *budgetReader) ReadAt(p []byte, off int64) (int, error) {
	if b.left >= 0 {
		if int64(len(p)) > b.left {
			return 0, errDirBudget
		}
		b.left -= int64(len(p))
	}
	return b.r.ReadAt(p, off)
}

// openZip reads the zip's directory, refusing archives with more than
// MaxEntries entries before archive/zip allocates them all.
func openZip(data []byte) (*zip.Reader, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("file is larger than %d MB: %w", MaxSize>>20, ErrTooLarge)
	}
	// Finding the end record reads up to 66 KB; the rest is the directory.
	br := &budgetReader{r: bytes.NewReader(data), left: 128<<10 + MaxEntries*dirBytesPerEntry}
	zr, err := zip.NewReader(br, int64(len(data)))
	br.left = -1 // entries are bounded by read, not here
	switch {
	case errors.Is(err, errDirBudget):
		return nil, fmt.Errorf("more than %d files in the archive: %w", MaxEntries, ErrTooLarge)
	case err != nil && !errors.Is(err, zip.ErrInsecurePath):
		if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			return nil, fmt.Errorf("not a zip archive: %w", ErrNotEPUB)
		}
		return nil, fmt.Errorf("zip archive is truncated or corrupt (%w): %w", err, ErrMalformed)
	case len(zr.File) > MaxEntries:
		return nil, fmt.Errorf("%d files in the archive, more than %d: %w", len(zr.File), MaxEntries, ErrTooLarge)
	}
	return zr, nil
}

// open reads the archive and indexes its entries, refusing the book if any
// name is absolute or climbs out with "..".
func open(data []byte) (*archive, error) {
	zr, err := openZip(data)
	if err != nil {
		return nil, err
	}
	a := &archive{files: map[string]*zip.File{}, folded: map[string]*zip.File{}, left: MaxTotalSize, tags: MaxTags}
	for _, f := range zr.File {
		name, ok := entryName(f.Name)
		if !ok {
			return nil, fmt.Errorf("entry %q: %w", f.Name, ErrUnsafePath)
		}
		if name == "" || strings.HasSuffix(f.Name, "/") {
			continue // a folder
		}
		if _, dup := a.files[name]; !dup {
			a.files[name] = f
		}
		if low := strings.ToLower(name); a.folded[low] == nil {
			a.folded[low] = f
		}
	}
	return a, nil
}

// entryName cleans a zip entry name; ok is false for names no archive
// should have: absolute, with a drive letter, climbing out with "..", or
// holding NUL. Backslashes, written by some Windows tools, count as slashes.
func entryName(name string) (clean string, ok bool) {
	n := strings.ReplaceAll(name, `\`, "/")
	if strings.HasPrefix(n, "/") || strings.ContainsRune(n, 0) || (len(n) >= 2 && n[1] == ':') {
		return "", false
	}
	for _, el := range strings.Split(n, "/") {
		if el == ".." {
			return "", false
		}
	}
	if n == "" {
		return "", true
	}
	return strings.TrimPrefix(path.Clean(n), "./"), true
}

// lookup finds an entry by its archive path, exactly or, failing that,
// ignoring case.
func (a *archive) lookup(name string) *zip.File {
	if f := a.files[name]; f != nil {
		return f
	}
	return a.folded[strings.ToLower(name)]
}

// has reports whether the archive holds the file name.
func (a *archive) has(name string) bool { return a.lookup(name) != nil }

// read inflates the entry name, at most limit bytes of it and no more than
// the archive's remaining budget. The zip headers' sizes are never
// trusted: the bytes are counted as they come.
func (a *archive) read(name string, limit int64) ([]byte, error) {
	f := a.lookup(name)
	if f == nil {
		return nil, fmt.Errorf("%s is missing from the archive: %w", name, ErrMalformed)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s cannot be opened (%w): %w", name, err, ErrMalformed)
	}
	defer rc.Close()
	data, err := readLimited(rc, min(limit, a.left))
	a.left -= int64(len(data))
	switch {
	case errors.Is(err, ErrTooLarge) && a.left <= 0:
		return nil, fmt.Errorf("%s: the book unpacks to more than %d MB: %w", name, MaxTotalSize>>20, ErrTooLarge)
	case errors.Is(err, ErrTooLarge):
		return nil, fmt.Errorf("%s unpacks to more than %d MB: %w", name, limit>>20, ErrTooLarge)
	case err != nil:
		return nil, fmt.Errorf("%s is corrupt (%w): %w", name, err, ErrMalformed)
	}
	return data, nil
}

// readLimited reads r to its end, failing with ErrTooLarge once it has
// given more than limit bytes; it reads at most limit+1.
func readLimited(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, max(limit, 0)+1))
	if int64(len(data)) > limit {
		return data[:max(limit, 0)], ErrTooLarge
	}
	return data, err
}
