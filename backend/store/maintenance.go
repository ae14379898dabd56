package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	bolt "go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the library to path while it stays
// in use (a read transaction sees one snapshot). The copy is written to a
// temporary file, synced and renamed, so path is never half-written.
func (s *Store) Backup(path string) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".gloss-backup-*")
	if err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	err = s.db.View(func(tx *bolt.Tx) error {
		_, err := tx.WriteTo(tmp)
		return err
	})
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	return nil
}

// Check verifies the file's pages (bbolt's own check) and Gloss' invariants:
// every article has a body whose text matches its hash entry, and every hash
// points at an article. It returns every problem found.
func (s *Store) Check() []error {
	var problems []error
	err := s.db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			problems = append(problems, err)
		}
		entries, bodies, hashes := tx.Bucket(bucketArticles), tx.Bucket(bucketBodies), tx.Bucket(bucketHashes)
		entries.ForEach(func(k, v []byte) error {
			id := binary.BigEndian.Uint64(k)
			e, err := unmarshalEntry(id, v)
			if err != nil {
				problems = append(problems, fmt.Errorf("article %d: unreadable entry: %w", id, err))
				return nil
			}
			if bodies.Get(k) == nil {
				problems = append(problems, fmt.Errorf("article %d: no body", id))
			}
			if got := hashes.Get([]byte(e.Hash)); got == nil || binary.BigEndian.Uint64(got) != id {
				problems = append(problems, fmt.Errorf("article %d: hash index does not point at it", id))
			}
			return nil
		})
		return hashes.ForEach(func(k, v []byte) error {
			if len(v) != 8 || entries.Get(v) == nil {
				problems = append(problems, fmt.Errorf("hash %s: points at no article", k))
			}
			return nil
		})
	})
	if err != nil {
		problems = append(problems, err)
	}
	return problems
}

// Compact rewrites the library into a new file without free pages and
// with full pages, checks the copy, and swaps it in atomically. No
// transaction runs meanwhile: they wait, so that no write lands in the old
// file after it was copied. The store stays open on the new file; on any
// failure the original is untouched and stays open.
func (s *Store) Compact() (before, after int64, err error) {
	err = s.db.exclusive(func() error {
		var err error
		before, after, err = s.compact()
		return err
	})
	if err != nil {
		return 0, 0, fmt.Errorf("store: compact %s: %w", s.path, err)
	}
	return before, after, nil
}

func (s *Store) compact() (before, after int64, err error) {
	tmpPath := s.path + ".compact"
	os.Remove(tmpPath)
	defer os.Remove(tmpPath)
	if st, err := os.Stat(s.path); err == nil {
		before = st.Size()
	}
	dst, err := openBolt(tmpPath)
	if err != nil {
		return 0, 0, err
	}
	err = bolt.Compact(dst, s.db.DB, 1<<20)
	if err == nil {
		var problems []error
		dst.View(func(tx *bolt.Tx) error {
			for p := range tx.Check() {
				problems = append(problems, p)
			}
			return nil
		})
		err = errors.Join(problems...)
	}
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, 0, err
	}
	if err := s.db.DB.Close(); err != nil {
		return 0, 0, err
	}
	if err := os.Rename(tmpPath, s.path); err != nil {
		if db, rerr := openBolt(s.path); rerr == nil {
			s.db.DB = db
		}
		return 0, 0, err
	}
	db, err := openBolt(s.path)
	if err != nil {
		return 0, 0, fmt.Errorf("reopen after compacting: %w", err)
	}
	s.db.DB = db
	if st, err := os.Stat(s.path); err == nil {
		after = st.Size()
	}
	return before, after, nil
}
