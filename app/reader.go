package app

import (
	"time"

	"gloss/backend/library"
)

// Reader is the bound API of the reader view.
type Reader struct {
	lib *library.Library
}

// NewReader binds the reader to the library.
func NewReader(lib *library.Library) *Reader { return &Reader{lib: lib} }

// Open returns one article for reading.
func (r *Reader) Open(id uint64) (ArticleView, error) {
	e, b, err := r.lib.Store().Get(id)
	if err != nil {
		return ArticleView{}, err
	}
	return ArticleView{
		ID: e.ID, Title: e.Title, Byline: e.Byline, Site: e.Site, URL: e.URL,
		Published: e.Published, Added: e.Added.Format(time.RFC3339), Lang: e.Lang,
		Dir: e.Dir, Source: e.Source, Words: e.Words, Blocks: b.Blocks,
		Tags: orEmpty(e.Tags), Favourite: e.Favourite, Archived: e.Archived, Read: e.Read,
		Progress: e.Progress, Note: e.Note, Version: e.Version, Trashed: e.Trashed != nil,
	}, nil
}

// SetProgress records how far the article has been read (0 to 1), so that
// reopening it restores the position.
func (r *Reader) SetProgress(id uint64, progress float64) (ArticleSummary, error) {
	e, err := r.lib.SetProgress(id, progress)
	return summary(e), err
}

// SetNote replaces the article's note.
func (r *Reader) SetNote(id uint64, note string) (ArticleSummary, error) {
	e, err := r.lib.SetNote(id, note)
	return summary(e), err
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
