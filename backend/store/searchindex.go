package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

var (
	keyIndex = []byte("index")
	keyUpto  = []byte("upto")
)

// SaveIndex stores the search index's image and the time of the newest
// change it reflects, in one transaction.
func (s *Store) SaveIndex(image []byte, upto time.Time) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSearch)
		if err := b.Put(keyIndex, image); err != nil {
			return err
		}
		return b.Put(keyUpto, []byte(upto.UTC().Format(time.RFC3339Nano)))
	})
	if err != nil {
		return fmt.Errorf("store: save search index: %w", err)
	}
	return nil
}

// LoadIndex returns the saved search index image (nil when none) and the
// time it is up to.
func (s *Store) LoadIndex() ([]byte, time.Time, error) {
	var image []byte
	var upto time.Time
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSearch)
		v := b.Get(keyIndex)
		if v == nil {
			return nil
		}
		image = append([]byte(nil), v...)
		var err error
		upto, err = time.Parse(time.RFC3339Nano, string(b.Get(keyUpto)))
		return err
	})
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("store: load search index: %w", err)
	}
	return image, upto, nil
}
