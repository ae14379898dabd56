package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// bucketImages holds the pictures that came with articles (see the package
// comment). It is made by the first picture stored, so libraries without
// any need no upgrade.
var bucketImages = []byte("images")

// ErrNoImage means no picture is stored under the key asked for.
var ErrNoImage = errors.New("no such picture in the library")

// Image is a picture stored with an article, under the key its figure
// block names (model.Block.Image).
type Image struct {
	Key  string
	Data []byte
}

// NewImage keys a picture by its content: the hex SHA-256 of its bytes, so
// a picture shared by many articles is stored once.
func NewImage(data []byte) Image {
	sum := sha256.Sum256(data)
	return Image{Key: hex.EncodeToString(sum[:]), Data: data}
}

// ValidImageKey reports whether key has the shape NewImage gives keys:
// 64 lower-case hex digits. Anything else is refused before a lookup.
func ValidImageKey(key string) bool {
	if len(key) != 2*sha256.Size {
		return false
	}
	for i := 0; i < len(key); i++ {
		if c := key[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// putImages stores pictures inside tx; a picture already there is left as
// it is.
func putImages(tx *bolt.Tx, imgs []Image) error {
	if len(imgs) == 0 {
		return nil
	}
	b, err := tx.CreateBucketIfNotExists(bucketImages)
	if err != nil {
		return err
	}
	for _, img := range imgs {
		if b.Get([]byte(img.Key)) != nil {
			continue
		}
		if err := b.Put([]byte(img.Key), img.Data); err != nil {
			return fmt.Errorf("picture %s: %w", img.Key, err)
		}
	}
	return nil
}

// Image returns the bytes of the picture stored under key, or an error
// wrapping ErrNoImage.
func (s *Store) Image(key string) ([]byte, error) {
	if !ValidImageKey(key) {
		return nil, fmt.Errorf("store: picture %q: %w", key, ErrNoImage)
	}
	var out []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketImages); b != nil {
			// Slices from Get die with the transaction.
			if v := b.Get([]byte(key)); v != nil {
				out = append([]byte(nil), v...)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: picture %s: %w", key, err)
	}
	if out == nil {
		return nil, fmt.Errorf("store: picture %s: %w", key, ErrNoImage)
	}
	return out, nil
}
