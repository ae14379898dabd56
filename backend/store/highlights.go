package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Highlight is a stored highlight: where it is (W3C selectors against the
// article's canonical text) and what the reader said of it.
type Highlight struct {
	ID        uint64 `json:"id"`
	ArticleID uint64 `json:"articleId"`
	// TextQuoteSelector: the exact text and up to 32 code points either side.
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
	// TextPositionSelector, in code points of the canonical text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Block is the index of the block the highlight starts in.
	Block int `json:"block"`
	// TextHash identifies the text version the selectors were made against.
	TextHash string   `json:"textHash"`
	Color    int      `json:"color"`
	Note     string   `json:"note,omitempty"`
	Tags     []string `json:"tags,omitempty"`
	// Orphan is set when re-anchoring could not place the highlight in a
	// new version of the text; it is kept, with its quote, for review.
	Orphan     bool      `json:"orphan,omitempty"`
	Confidence float64   `json:"confidence,omitempty"`
	Created    time.Time `json:"created"`
	Updated    time.Time `json:"updated"`
}

func highlightKey(article, id uint64) []byte {
	k := make([]byte, 16)
	binary.BigEndian.PutUint64(k, article)
	binary.BigEndian.PutUint64(k[8:], id)
	return k
}

// PutHighlight stores a highlight and keeps the article's highlight count,
// in one transaction. A highlight with ID 0 is new and gets an ID and its
// created time; one with an ID replaces the stored one (or brings back a
// deleted one, for undo) and keeps its created time.
func (s *Store) PutHighlight(h Highlight) (Highlight, error) {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHighlights)
		now := s.now().UTC()
		if h.ID == 0 {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			h.ID, h.Created = seq, now
		} else if old := b.Get(highlightKey(h.ArticleID, h.ID)); old != nil {
			var prev Highlight
			if err := json.Unmarshal(old, &prev); err == nil {
				h.Created = prev.Created
			}
		} else if h.Created.IsZero() {
			h.Created = now
		}
		h.Updated = now
		if _, err := getEntry(tx.Bucket(bucketArticles), h.ArticleID); err != nil {
			return err
		}
		if err := putJSON(b, highlightKey(h.ArticleID, h.ID), h); err != nil {
			return err
		}
		return recount(tx, h.ArticleID)
	})
	if err != nil {
		return Highlight{}, fmt.Errorf("store: put highlight %d: %w", h.ID, err)
	}
	return h, nil
}

// DeleteHighlight removes a highlight and returns it, so it can be put back.
func (s *Store) DeleteHighlight(article, id uint64) (Highlight, error) {
	var h Highlight
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketHighlights)
		key := highlightKey(article, id)
		v := b.Get(key)
		if v == nil {
			return ErrNotFound
		}
		if err := json.Unmarshal(v, &h); err != nil {
			return err
		}
		if err := b.Delete(key); err != nil {
			return err
		}
		return recount(tx, article)
	})
	if err != nil {
		return Highlight{}, fmt.Errorf("store: delete highlight %d: %w", id, err)
	}
	return h, nil
}

// Highlights returns an article's highlights in ID order (a prefix scan).
func (s *Store) Highlights(article uint64) ([]Highlight, error) {
	out := []Highlight{}
	err := s.db.View(func(tx *bolt.Tx) error {
		return scanHighlights(tx, itob(article), func(h Highlight) { out = append(out, h) })
	})
	if err != nil {
		return nil, fmt.Errorf("store: highlights of article %d: %w", article, err)
	}
	return out, nil
}

// AllHighlights calls fn for every highlight of the library.
func (s *Store) AllHighlights(fn func(Highlight)) error {
	err := s.db.View(func(tx *bolt.Tx) error { return scanHighlights(tx, nil, fn) })
	if err != nil {
		return fmt.Errorf("store: all highlights: %w", err)
	}
	return nil
}

func scanHighlights(tx *bolt.Tx, prefix []byte, fn func(Highlight)) error {
	c := tx.Bucket(bucketHighlights).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var h Highlight
		if err := json.Unmarshal(v, &h); err != nil {
			return fmt.Errorf("highlight %x: %w", k, err)
		}
		fn(h)
	}
	return nil
}

// recount stores the number of highlights of an article in its entry.
func recount(tx *bolt.Tx, article uint64) error {
	n := 0
	prefix := itob(article)
	c := tx.Bucket(bucketHighlights).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		n++
	}
	entries := tx.Bucket(bucketArticles)
	e, err := getEntry(entries, article)
	if err != nil {
		return err
	}
	e.Highlights = n
	// Updated marks the article changed for the search index's catch-up.
	e.Updated = time.Now().UTC()
	return putEntry(entries, e)
}
