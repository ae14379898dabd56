package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"gloss/backend/export"
)

// backupSniffLen is how much of a file isBackup reads: the backup's
// identity is its first key.
const backupSniffLen = 4096

// isBackup reports whether data opens like a Gloss full backup: a JSON
// object whose "format" key, among its first keys, says "gloss-backup".
func isBackup(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), backupSniffLen)], " \t\r\n\uFEFF")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(head))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for range 16 {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		if key == "format" {
			var f string
			return dec.Decode(&f) == nil && f == export.BackupFormat
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return false
		}
	}
	return false
}

// restore merges a full backup into the library: articles by ID, without
// duplicates (see store.RestoreItems); the settings when the library has
// none. The whole file is read and checked before anything is written.
func (im Importer) restore(name string, r io.Reader) FileResult {
	res := FileResult{File: name, IDs: []uint64{}, Format: export.BackupFormat}
	b, err := export.DecodeBackup(r)
	if err != nil {
		res.Error = backupMessage(name, err)
		return res
	}
	its, err := b.Items()
	if err != nil {
		res.Error = backupMessage(name, err)
		return res
	}
	st := im.Library.Store()
	if len(b.Settings) > 0 && json.Valid(b.Settings) {
		if cur, err := st.Settings(); err == nil && cur == nil {
			if err := st.SaveSettings(b.Settings); err != nil {
				res.Error = Message(name, err)
				return res
			}
		}
	}
	rep, err := im.Library.RestoreItems(its)
	res.Imported, res.Duplicates, res.Highlights = rep.Added, rep.Merged, rep.Highlights
	for _, it := range its {
		id := it.Entry.ID
		if to, ok := rep.IDs[id]; ok {
			id = to
		}
		res.IDs = append(res.IDs, id)
	}
	if err != nil {
		res.Error = Message(name, err)
	}
	return res
}

// backupMessage says what is wrong with a backup file in one sentence.
func backupMessage(name string, err error) string {
	for _, target := range []error{export.ErrNewerBackup, export.ErrTooLarge} {
		if errors.Is(err, target) {
			return name + ": " + target.Error()
		}
	}
	msg := strings.ReplaceAll(err.Error(), "export: ", "")
	if errors.Is(err, export.ErrNotBackup) {
		return fmt.Sprintf("%s: the file says it is a Gloss backup but cannot be read (%s)", name, msg)
	}
	return name + ": " + msg
}

// restorePath restores the backup at path, streaming it: a backup may be
// larger than the files of articles ImportPaths reads whole. ok is false
// when the file is not a backup (or cannot be opened; ImportPaths reports
// that).
func (im Importer) restorePath(path string) (res FileResult, ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return FileResult{}, false
	}
	defer f.Close()
	head := make([]byte, backupSniffLen)
	n, _ := io.ReadFull(f, head)
	if !isBackup(head[:n]) {
		return FileResult{}, false
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return FileResult{}, false
	}
	return im.restore(filepath.Base(path), f), true
}
