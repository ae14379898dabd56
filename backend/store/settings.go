package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

var keySettings = []byte("settings")

// Settings returns the stored settings JSON (nil when never saved); the
// app layer owns their shape and checks.
func (s *Store) Settings() ([]byte, error) {
	var out []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(keySettings); v != nil {
			out = append([]byte(nil), v...)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: read settings: %w", err)
	}
	return out, nil
}

// SaveSettings stores the settings as JSON.
func (s *Store) SaveSettings(v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("store: save settings: %w", err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put(keySettings, data) })
	if err != nil {
		return fmt.Errorf("store: save settings: %w", err)
	}
	return nil
}

// UpdateSettings replaces the stored settings JSON with what change makes
// of it (nil when never saved), in one transaction, so that two writers
// owning different fields (the settings dialog, the window) never undo
// each other's change.
func (s *Store) UpdateSettings(change func(old []byte) ([]byte, error)) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		var old []byte
		if v := meta.Get(keySettings); v != nil {
			old = append([]byte(nil), v...)
		}
		data, err := change(old)
		if err != nil {
			return err
		}
		return meta.Put(keySettings, data)
	})
	if err != nil {
		return fmt.Errorf("store: save settings: %w", err)
	}
	return nil
}
