package app

import (
	"time"

	"gloss/backend/store"
)

// Reader is the bound API of the reader view.
type Reader struct {
	store *store.Store
}

// NewReader binds the reader to a store.
func NewReader(s *store.Store) *Reader { return &Reader{store: s} }

// Open returns one article for reading.
func (r *Reader) Open(id uint64) (ArticleView, error) {
	e, b, err := r.store.Get(id)
	if err != nil {
		return ArticleView{}, err
	}
	return ArticleView{
		ID: e.ID, Title: e.Title, Byline: e.Byline, Site: e.Site, URL: e.URL,
		Published: e.Published, Added: e.Added.Format(time.RFC3339), Lang: e.Lang,
		Dir: e.Dir, Source: e.Source, Words: e.Words, Blocks: b.Blocks,
	}, nil
}
