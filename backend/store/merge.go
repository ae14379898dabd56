package store

import (
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// PutHighlights stores new highlights in one transaction, as an import of
// another app's export brings hundreds at once: one transaction each would
// spend the import in fsyncs. Each gets an ID; a zero Created becomes now.
// The articles' highlight counts are kept. Nothing is written when any
// article is missing.
func (s *Store) PutHighlights(hs []Highlight) ([]Highlight, error) {
	out := make([]Highlight, 0, len(hs))
	err := s.db.Update(func(tx *bolt.Tx) error {
		out = out[:0]
		b := tx.Bucket(bucketHighlights)
		now := s.now().UTC()
		touched := map[uint64]bool{}
		for _, h := range hs {
			if _, err := getEntry(tx.Bucket(bucketArticles), h.ArticleID); err != nil {
				return fmt.Errorf("article %d: %w", h.ArticleID, err)
			}
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			h.ID, h.Updated = seq, now
			if h.Created.IsZero() {
				h.Created = now
			}
			if err := putJSON(b, highlightKey(h.ArticleID, h.ID), h); err != nil {
				return err
			}
			touched[h.ArticleID] = true
			out = append(out, h)
		}
		for id := range touched {
			if err := recount(tx, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: put %d highlights: %w", len(hs), err)
	}
	return out, nil
}

// Revise stores d as the next version of article id, as importing the same
// URL with changed text does: the old body is kept as a version and the
// reader's state stays. It is for articles without a URL whose text grows
// between imports, such as a book known by its Kindle highlights. Content
// already stored under any ID is a duplicate and changes nothing.
func (s *Store) Revise(id uint64, d Doc) (Added, error) {
	var out Added
	err := s.db.Update(func(tx *bolt.Tx) error {
		h := Hash(d.Article)
		if v := tx.Bucket(bucketHashes).Get([]byte(h)); len(v) == 8 {
			out = Added{ID: binary.BigEndian.Uint64(v), Duplicate: true}
			return nil
		}
		var err error
		out, err = writer{tx: tx, now: s.now().UTC()}.replace(id, d, h)
		return err
	})
	if err != nil {
		return Added{}, fmt.Errorf("store: revise article %d: %w", id, err)
	}
	return out, nil
}
