package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	bolt "go.etcd.io/bbolt"
)

// migration upgrades a library by one schema version inside one
// transaction: migrations[0] takes version 1 to 2, and so on.
type migration func(tx *bolt.Tx) error

// migrations lists the upgrades of the schema, oldest first; a new one is
// appended here and SchemaVersion follows.
var migrations = []migration{
	binaryRecords, // 1 -> 2
}

// migrate upgrades the file from version from: first a backup of the file
// as it is (Tx.CopyFile, into the backups folder), then each migration in
// its own transaction with the new version number, so an interrupted
// upgrade leaves a file at a known version.
func (s *Store) migrate(from int, migs []migration) error {
	if from >= 1+len(migs) {
		return nil
	}
	if err := os.MkdirAll(BackupDir(s.path), 0o700); err != nil {
		return fmt.Errorf("store: backup before upgrade: %w", err)
	}
	backup := filepath.Join(BackupDir(s.path), fmt.Sprintf("before-v%d-%s.db", 1+len(migs), s.now().UTC().Format(stampLayout)))
	if err := s.db.View(func(tx *bolt.Tx) error { return tx.CopyFile(backup, 0o600) }); err != nil {
		return fmt.Errorf("store: backup before upgrade to %s: %w", backup, err)
	}
	for v := from; v < 1+len(migs); v++ {
		err := s.db.Update(func(tx *bolt.Tx) error {
			if err := migs[v-1](tx); err != nil {
				return err
			}
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(v+1)))
		})
		if err != nil {
			return fmt.Errorf("store: upgrade %s from version %d to %d (a backup is in %s): %w", s.path, v, v+1, backup, err)
		}
	}
	return nil
}
