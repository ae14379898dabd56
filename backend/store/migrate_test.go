package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// Ensure that an older library is backed up, then upgraded one version per
// transaction, and that a failing migration leaves it at the last good version.
func TestStore_Migrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := open(path, nil) // a file of schema 1
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, article("Kept", "Kept text."))
	s.Close()

	v2 := func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("v2")); return err }
	broken := func(tx *bolt.Tx) error { return errors.New("disk on fire") }
	if _, err := open(path, []migration{v2, broken}); err == nil || !strings.Contains(err.Error(), "from version 2 to 3") {
		t.Fatalf("open with a broken migration: %v", err)
	}
	s, err = open(path, []migration{v2})
	if err != nil {
		t.Fatalf("open at version 2 after the failed upgrade: %v", err)
	}
	defer s.Close()
	err = s.db.View(func(tx *bolt.Tx) error {
		if tx.Bucket([]byte("v2")) == nil {
			return errors.New("migration 1->2 not applied")
		}
		if got := string(tx.Bucket(bucketMeta).Get(keySchema)); got != "2" {
			return errors.New("schema is " + got)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	backups, _ := filepath.Glob(filepath.Join(BackupDir(path), "before-v*.db"))
	if len(backups) == 0 {
		t.Fatal("no backup before the upgrade")
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Errorf("upgraded library lists %d articles, want 1", len(list))
	}
}
