package store

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Update applies change to the entries of ids in one transaction and
// returns them as stored. Nothing is written if change fails for any.
func (s *Store) Update(ids []uint64, change func(*Entry) error) ([]Entry, error) {
	out := make([]Entry, 0, len(ids))
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		b := tx.Bucket(bucketArticles)
		for _, id := range ids {
			e, err := getEntry(b, id)
			if err != nil {
				return err
			}
			if err := change(&e); err != nil {
				return fmt.Errorf("article %d: %w", id, err)
			}
			e.Updated = s.now().UTC()
			if err := putJSON(b, itob(id), e); err != nil {
				return err
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: update articles: %w", err)
	}
	return out, nil
}

// Trash moves articles to the trash; Restore takes them back. Delete is
// never immediate: only Purge removes an article, and only from the trash.
func (s *Store) Trash(ids []uint64) ([]Entry, error) {
	now := s.now().UTC()
	return s.Update(ids, func(e *Entry) error {
		if e.Trashed == nil {
			e.Trashed = &now
		}
		return nil
	})
}

// Restore takes articles out of the trash.
func (s *Store) Restore(ids []uint64) ([]Entry, error) {
	return s.Update(ids, func(e *Entry) error { e.Trashed = nil; return nil })
}

// Purge removes trashed articles for good, with their bodies and hashes.
// Articles not in the trash are refused with ErrNotTrashed.
func (s *Store) Purge(ids []uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, id := range ids {
			e, err := getEntry(tx.Bucket(bucketArticles), id)
			if err != nil {
				return err
			}
			if e.Trashed == nil {
				return fmt.Errorf("article %d: %w", id, ErrNotTrashed)
			}
			for _, del := range []struct {
				bucket []byte
				key    []byte
			}{{bucketArticles, itob(id)}, {bucketBodies, itob(id)}, {bucketHashes, []byte(e.Hash)}} {
				if err := tx.Bucket(del.bucket).Delete(del.key); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: purge articles: %w", err)
	}
	return nil
}

// PurgeOlder empties the trash of articles trashed before cutoff.
func (s *Store) PurgeOlder(cutoff time.Time) (int, error) {
	list, err := s.List()
	if err != nil {
		return 0, err
	}
	var old []uint64
	for _, e := range list {
		if e.Trashed != nil && e.Trashed.Before(cutoff) {
			old = append(old, e.ID)
		}
	}
	return len(old), s.Purge(old)
}

func getEntry(b *bolt.Bucket, id uint64) (Entry, error) {
	v := b.Get(itob(id))
	if v == nil {
		return Entry{}, fmt.Errorf("article %d: %w", id, ErrNotFound)
	}
	var e Entry
	if err := json.Unmarshal(v, &e); err != nil {
		return Entry{}, fmt.Errorf("article %d: %w", id, err)
	}
	return e, nil
}
