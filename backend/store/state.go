package store

import (
	"bytes"
	"encoding/binary"
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
			if err := putEntry(b, e); err != nil {
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

// Purge removes trashed articles for good, with their bodies, old
// versions, highlights, and the hash and URL keys that point at them, in
// one transaction. Articles not in the trash are refused with
// ErrNotTrashed. Callers with many articles purge them in batches (see
// library.EmptyTrash) so that no transaction grows without bound.
func (s *Store) Purge(ids []uint64) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		gone := make(map[uint64]bool, len(ids))
		for _, id := range ids {
			e, err := getEntry(tx.Bucket(bucketArticles), id)
			if err != nil {
				return err
			}
			if e.Trashed == nil {
				return fmt.Errorf("article %d: %w", id, ErrNotTrashed)
			}
			if err := purge(tx, id); err != nil {
				return err
			}
			gone[id] = true
		}
		// Hash and URL keys are found by the article they point at, which
		// takes a pass over each bucket: one for the whole batch.
		pointsAtGone := func(_, v []byte) bool { return len(v) == 8 && gone[binary.BigEndian.Uint64(v)] }
		for _, name := range [][]byte{bucketHashes, bucketURLs} {
			if err := deleteWhere(tx.Bucket(name), pointsAtGone); err != nil {
				return err
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
	e, err := unmarshalEntry(id, v)
	if err != nil {
		return Entry{}, fmt.Errorf("article %d: %w", id, err)
	}
	return e, nil
}

// purge deletes the records of article id found by its key: entry, body,
// versions and highlights.
func purge(tx *bolt.Tx, id uint64) error {
	key := itob(id)
	for _, name := range [][]byte{bucketArticles, bucketBodies} {
		if err := tx.Bucket(name).Delete(key); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketVersions, bucketHighlights} {
		if err := deletePrefix(tx.Bucket(name), key); err != nil {
			return err
		}
	}
	return nil
}

// deletePrefix deletes the keys of b that start with prefix.
func deletePrefix(b *bolt.Bucket, prefix []byte) error {
	var keys [][]byte
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		keys = append(keys, bytes.Clone(k))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// deleteWhere deletes the keys of b that match.
func deleteWhere(b *bolt.Bucket, match func(k, v []byte) bool) error {
	var keys [][]byte
	err := b.ForEach(func(k, v []byte) error {
		if match(k, v) {
			keys = append(keys, bytes.Clone(k))
		}
		return nil
	})
	for _, k := range keys {
		if err == nil {
			err = b.Delete(k)
		}
	}
	return err
}
