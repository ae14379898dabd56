package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// stampLayout names backups by time, so that names sort by age.
const stampLayout = "20060102-150405.000"

// BackupDir is the folder, beside the library file, of automatic backups.
func BackupDir(libraryPath string) string {
	return filepath.Join(filepath.Dir(libraryPath), "backups")
}

// Backups lists the automatic backups of a library, newest first.
func Backups(libraryPath string) ([]string, error) {
	entries, err := os.ReadDir(BackupDir(libraryPath))
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: list backups: %w", err)
	}
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "library-") && strings.HasSuffix(e.Name(), ".db") {
			out = append(out, filepath.Join(BackupDir(libraryPath), e.Name()))
		}
	}
	// Names hold a sortable time stamp.
	slices.Sort(out)
	slices.Reverse(out)
	return out, nil
}

// AutoBackup writes a backup into BackupDir unless one was made within
// every, and keeps only the newest keep backups. It returns the new
// backup's path, or "" when none was due.
func (s *Store) AutoBackup(every time.Duration, keep int) (string, error) {
	list, err := Backups(s.path)
	if err != nil {
		return "", err
	}
	if len(list) > 0 {
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(list[0]), "library-"), ".db")
		if last, err := time.Parse(stampLayout, name); err == nil && s.now().Sub(last) < every {
			return "", nil
		}
	}
	if err := os.MkdirAll(BackupDir(s.path), 0o700); err != nil {
		return "", fmt.Errorf("store: backup folder: %w", err)
	}
	path := filepath.Join(BackupDir(s.path), "library-"+s.now().UTC().Format(stampLayout)+".db")
	if err := s.Backup(path); err != nil {
		return "", err
	}
	list = append([]string{path}, list...)
	for _, old := range list[min(keep, len(list)):] {
		os.Remove(old)
	}
	return path, nil
}

// RestoreBackup puts a backup in place of the library file. The file it
// replaces is kept beside it as library.db.replaced-<time>, never deleted.
// The library must not be open.
func RestoreBackup(libraryPath, backupPath string) (kept string, err error) {
	data, err := os.ReadFile(backupPath)
	if err != nil {
		return "", fmt.Errorf("store: restore %s: %w", backupPath, err)
	}
	tmp := libraryPath + ".restoring"
	if err := writeSynced(tmp, data); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("store: restore %s: %w", backupPath, err)
	}
	if _, err := os.Stat(libraryPath); err == nil {
		kept = libraryPath + ".replaced-" + time.Now().UTC().Format(stampLayout)
		if err := os.Rename(libraryPath, kept); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("store: restore %s: %w", backupPath, err)
		}
	}
	if err := os.Rename(tmp, libraryPath); err != nil {
		return kept, fmt.Errorf("store: restore %s: %w", backupPath, err)
	}
	return kept, nil
}

func writeSynced(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
