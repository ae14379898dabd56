package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"

	"gloss/backend/model"
)

// Added says what Add did with one article.
type Added struct {
	ID uint64
	// Duplicate is true when the same content was already stored under ID.
	Duplicate bool
	// Version is above 1 when the article replaced an older version of the
	// same URL; the old body is kept under Versions.
	Version int
	// Entry is the stored entry of a new or changed article.
	Entry Entry
}

// Doc is one parsed article and the file it came from.
type Doc struct {
	Source  string
	Article model.Article
	// Prepared is the article as Prepare made it, when the caller did so
	// beforehand (on another core); nil to prepare it in Add.
	Prepared *Prepared
	// Images are the pictures the article's figures name (images.go),
	// stored in the same transaction.
	Images []Image
}

// Add stores docs in one transaction. An article whose content is already
// stored is a duplicate; one whose URL is stored with other content becomes
// a new version of that article.
func (s *Store) Add(docs []Doc) ([]Added, error) {
	out := make([]Added, 0, len(docs))
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		// IDs only grow, so pages can be packed full instead of half:
		// appends never land in the middle of a full page.
		tx.Bucket(bucketArticles).FillPercent = 1
		tx.Bucket(bucketBodies).FillPercent = 1
		w := writer{tx: tx, now: s.now().UTC()}
		for _, d := range docs {
			if err := putImages(tx, d.Images); err != nil {
				return err
			}
			a, err := w.add(d)
			if err != nil {
				return err
			}
			out = append(out, a)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: add %d articles: %w", len(docs), err)
	}
	return out, nil
}

// List returns the entries of all articles in the order they were added.
func (s *Store) List() ([]Entry, error) {
	var out []Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketArticles)
		out = make([]Entry, 0, b.Stats().KeyN)
		return b.ForEach(func(k, v []byte) error {
			e, err := unmarshalEntry(binary.BigEndian.Uint64(k), v)
			if err != nil {
				return fmt.Errorf("article %d: %w", binary.BigEndian.Uint64(k), err)
			}
			out = append(out, e)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: list articles: %w", err)
	}
	return out, nil
}

// Get returns one article's entry and body.
func (s *Store) Get(id uint64) (Entry, Body, error) {
	var e Entry
	var b Body
	err := s.db.View(func(tx *bolt.Tx) error {
		key := itob(id)
		var err error
		// Decoding copies, so nothing outlives the transaction.
		if e, err = getEntry(tx.Bucket(bucketArticles), id); err != nil {
			return err
		}
		b, err = decodeBody(tx.Bucket(bucketBodies).Get(key))
		return err
	})
	if err != nil {
		return Entry{}, Body{}, fmt.Errorf("store: get article %d: %w", id, err)
	}
	return e, b, nil
}

// Hash identifies an article's content: its title and canonical text.
func Hash(a model.Article) string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// putEntry stores e under its ID.
func putEntry(b *bolt.Bucket, e Entry) error {
	return b.Put(itob(e.ID), marshalEntry(e))
}

func putJSON(b *bolt.Bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(key, data)
}

func itob(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}
