package app

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"gloss/backend/finder"
	"gloss/backend/library"
)

// maxQueryLength bounds a search query, in bytes.
const maxQueryLength = 1000

// Search is the bound API of the search palette and of in-library search.
type Search struct {
	f   *finder.Finder
	lib *library.Library
}

// NewSearch binds search to a library's finder.
func NewSearch(f *finder.Finder, lib *library.Library) *Search { return &Search{f: f, lib: lib} }

// SearchHit is one matching passage.
type SearchHit struct {
	Kind        string `json:"kind"`
	HighlightID string `json:"highlightId,omitempty"`
	Snippet     string `json:"snippet"`
	Positions   []int  `json:"positions"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
}

// SearchResult is one matching article with its best passages.
type SearchResult struct {
	ID        uint64      `json:"id"`
	Title     string      `json:"title"`
	Source    string      `json:"source"`
	Published string      `json:"published,omitempty"`
	Score     float64     `json:"score"`
	Hits      []SearchHit `json:"hits"`
}

// SearchResults answers one query.
type SearchResults struct {
	Query   string         `json:"query"`
	Results []SearchResult `json:"results"`
	// Indexing is true while the index is being built; results are empty.
	Indexing bool `json:"indexing"`
}

// Query searches titles, text, highlights, notes and tags. See the search
// package for the query language (words, "phrases", -words, tag:, source:,
// color:, in:, before:, after:, is:).
func (s *Search) Query(q string, limit int) (SearchResults, error) {
	if len(q) > maxQueryLength || !utf8.ValidString(q) || limit < 0 || limit > 200 {
		return SearchResults{}, fmt.Errorf("app: search: %w: a query of at most %d bytes and a limit of at most 200", ErrBadInput, maxQueryLength)
	}
	out := SearchResults{Query: q, Results: []SearchResult{}}
	res, err := s.f.Search(q, limit)
	if errors.Is(err, finder.ErrIndexing) {
		out.Indexing = true
		return out, nil
	}
	if err != nil {
		return SearchResults{}, err
	}
	for _, r := range res {
		sr := SearchResult{ID: r.ID, Title: r.Title, Score: r.Score, Hits: []SearchHit{}}
		if e, ok := s.lib.Get(r.ID); ok {
			sr.Source, sr.Published = library.SourceOf(&e), e.Published
		}
		for _, h := range r.Hits {
			pos := h.Positions
			if pos == nil {
				pos = []int{}
			}
			sr.Hits = append(sr.Hits, SearchHit{Kind: h.Kind, HighlightID: h.HighlightID, Snippet: h.Snippet, Positions: pos, Start: h.Start, End: h.End})
		}
		out.Results = append(out.Results, sr)
	}
	return out, nil
}
