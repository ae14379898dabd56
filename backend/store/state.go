package store

import (
	"bytes"
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
			if err := purge(tx, id); err != nil {
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

// purge deletes every record of article id: entry, body, versions, and the
// hash and URL keys that point at it.
func purge(tx *bolt.Tx, id uint64) error {
	key := itob(id)
	for _, name := range [][]byte{bucketArticles, bucketBodies} {
		if err := tx.Bucket(name).Delete(key); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketHashes, bucketURLs} {
		if err := deleteWhere(tx.Bucket(name), func(_, v []byte) bool { return bytes.Equal(v, key) }); err != nil {
			return err
		}
	}
	for _, name := range [][]byte{bucketVersions, bucketHighlights} {
		if err := deleteWhere(tx.Bucket(name), func(k, _ []byte) bool { return bytes.HasPrefix(k, key) }); err != nil {
			return err
		}
	}
	return nil
}

// deleteWhere deletes the keys of b that match.
func deleteWhere(b *bolt.Bucket, match func(k, v []byte) bool) error {
	c := b.Cursor()
	for k, v := c.First(); k != nil; {
		if match(k, v) {
			deleted := bytes.Clone(k)
			if err := c.Delete(); err != nil {
				return err
			}
			// After Delete the cursor's position is not reliable: seek to
			// the deleted key's successor.
			k, v = c.Seek(deleted)
			continue
		}
		k, v = c.Next()
	}
	return nil
}
