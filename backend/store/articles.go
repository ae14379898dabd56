package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"gloss/backend/model"
)

// Added says what Add did with one article.
type Added struct {
	ID uint64
	// Duplicate is true when the article was already stored under ID.
	Duplicate bool
}

// Add stores articles parsed from the file named source, in one
// transaction, skipping those already stored.
func (s *Store) Add(source string, arts []model.Article) ([]Added, error) {
	out := make([]Added, 0, len(arts))
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		entries, bodies, hashes := tx.Bucket(bucketArticles), tx.Bucket(bucketBodies), tx.Bucket(bucketHashes)
		for _, a := range arts {
			h := Hash(a)
			if id := hashes.Get([]byte(h)); id != nil {
				out = append(out, Added{ID: binary.BigEndian.Uint64(id), Duplicate: true})
				continue
			}
			seq, err := entries.NextSequence()
			if err != nil {
				return err
			}
			e := Entry{
				ID: seq, Title: a.Title, Byline: a.Byline, Site: a.Site, URL: a.URL,
				Published: a.Published, Lang: a.Lang, Dir: a.Dir, Added: s.now().UTC(),
				Source: source, Hash: h, Paragraphs: len(a.Paragraphs()), Words: len(strings.Fields(a.Text)),
			}
			key := itob(seq)
			if err := putJSON(entries, key, e); err != nil {
				return err
			}
			if err := putJSON(bodies, key, Body{Blocks: a.Blocks, Text: a.Text}); err != nil {
				return err
			}
			if err := hashes.Put([]byte(h), key); err != nil {
				return err
			}
			out = append(out, Added{ID: seq})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: add articles from %s: %w", source, err)
	}
	return out, nil
}

// List returns the entries of all articles in the order they were added.
func (s *Store) List() ([]Entry, error) {
	var out []Entry
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketArticles).ForEach(func(k, v []byte) error {
			var e Entry
			if err := json.Unmarshal(v, &e); err != nil {
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
		ev := tx.Bucket(bucketArticles).Get(key)
		if ev == nil {
			return ErrNotFound
		}
		// Unmarshal copies, so nothing outlives the transaction.
		if err := json.Unmarshal(ev, &e); err != nil {
			return err
		}
		return json.Unmarshal(tx.Bucket(bucketBodies).Get(key), &b)
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
