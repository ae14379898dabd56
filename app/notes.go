package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"gloss/backend/finder"
	"gloss/backend/library"
	"gloss/backend/notes"
	"gloss/backend/store"
)

// Notes is the bound API of highlights and their notes.
type Notes struct {
	lib *library.Library
	f   *finder.Finder
	n   notes.Notes
}

// NewNotes binds highlights to the library and its search index; f may be
// nil where highlights are never searched (NotesQuery.Text).
func NewNotes(lib *library.Library, f *finder.Finder) *Notes {
	return &Notes{lib: lib, f: f, n: notes.Notes{Lib: lib}}
}

// HighlightView is a highlight as the UI shows it.
type HighlightView struct {
	ID         uint64   `json:"id"`
	ArticleID  uint64   `json:"articleId"`
	Exact      string   `json:"exact"`
	Prefix     string   `json:"prefix"`
	Suffix     string   `json:"suffix"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Block      int      `json:"block"`
	Color      int      `json:"color"`
	Note       string   `json:"note"`
	Tags       []string `json:"tags"`
	Orphan     bool     `json:"orphan"`
	Confidence float64  `json:"confidence"`
	Created    string   `json:"created"`
	Updated    string   `json:"updated"`
	// Article names the highlight's article in library-wide lists.
	Article string `json:"article,omitempty"`
	Source  string `json:"source,omitempty"`
	// Marks are the code-point offsets in Exact of the words a search
	// matched, ascending.
	Marks []int `json:"marks,omitempty"`
}

func view(h store.Highlight) HighlightView {
	return HighlightView{
		ID: h.ID, ArticleID: h.ArticleID, Exact: h.Exact, Prefix: h.Prefix, Suffix: h.Suffix,
		Start: h.Start, End: h.End, Block: h.Block, Color: h.Color, Note: h.Note,
		Tags: orEmpty(h.Tags), Orphan: h.Orphan, Confidence: h.Confidence,
		Created: h.Created.Format(time.RFC3339), Updated: h.Updated.Format(time.RFC3339),
	}
}

func viewErr(h store.Highlight, err error) (HighlightView, error) {
	if err != nil {
		return HighlightView{}, err
	}
	return view(h), nil
}

// Create highlights code points [start, end) of an article's canonical text.
func (n *Notes) Create(article uint64, start, end int, edit notes.Edit) (HighlightView, error) {
	return viewErr(n.n.Create(article, start, end, edit))
}

// Update changes a highlight's colour, note and tags.
func (n *Notes) Update(article, id uint64, edit notes.Edit) (HighlightView, error) {
	return viewErr(n.n.Update(article, id, edit))
}

// Resize changes a highlight's extent, or re-attaches an orphan.
func (n *Notes) Resize(article, id uint64, start, end int) (HighlightView, error) {
	return viewErr(n.n.Resize(article, id, start, end))
}

// Delete removes a highlight; the returned value can be given to Undelete.
func (n *Notes) Delete(article, id uint64) (HighlightView, error) {
	return viewErr(n.n.Delete(article, id))
}

// Undelete puts back a highlight removed by Delete.
func (n *Notes) Undelete(h HighlightView) (HighlightView, error) {
	created, _ := time.Parse(time.RFC3339, h.Created)
	return viewErr(n.n.Restore(store.Highlight{
		ID: h.ID, ArticleID: h.ArticleID, Exact: h.Exact, Prefix: h.Prefix, Suffix: h.Suffix,
		Start: h.Start, End: h.End, Color: h.Color, Note: h.Note, Tags: h.Tags, Created: created,
	}))
}

// ForArticle returns an article's highlights in text order, orphans last.
func (n *Notes) ForArticle(article uint64) ([]HighlightView, error) {
	list, err := n.lib.Store().Highlights(article)
	if err != nil {
		return nil, err
	}
	out := make([]HighlightView, 0, len(list))
	for _, h := range list {
		out = append(out, view(h))
	}
	slices.SortStableFunc(out, func(a, b HighlightView) int {
		if a.Orphan != b.Orphan {
			if a.Orphan {
				return 1
			}
			return -1
		}
		return a.Start - b.Start
	})
	return out, nil
}

// NotesQuery filters the library-wide list of highlights.
type NotesQuery struct {
	// Color is a colour index, or -1 for any.
	Color   int    `json:"color"`
	Tag     string `json:"tag,omitempty"`
	Source  string `json:"source,omitempty"`
	After   string `json:"after,omitempty"`  // YYYY-MM-DD, created on or after
	Before  string `json:"before,omitempty"` // YYYY-MM-DD, created before
	Orphans bool   `json:"orphans,omitempty"`
	// Text, when not blank, keeps the highlights whose quote, note and tags
	// hold all its words, typos forgiven, best match first.
	Text   string `json:"text,omitempty"`
	Offset int    `json:"offset,omitempty"`
	Limit  int    `json:"limit,omitempty"`
}

// NotesPage is one page of highlights, newest first or best match first.
type NotesPage struct {
	Items []HighlightView `json:"items"`
	Total int             `json:"total"`
	// Indexing is true while the search index is being built; a search
	// finds nothing until it is.
	Indexing bool `json:"indexing,omitempty"`
}

// All lists the highlights of the whole library, newest first, or best
// match first when q.Text is given.
func (n *Notes) All(q NotesQuery) (NotesPage, error) {
	if q.Limit == 0 {
		q.Limit = 100
	}
	if q.Limit < 0 || q.Limit > 1000 || q.Offset < 0 || q.Color < -1 || q.Color >= notes.Colours {
		return NotesPage{}, fmt.Errorf("app: notes query: %w", ErrBadInput)
	}
	var after, before time.Time
	for _, d := range []struct {
		s   string
		dst *time.Time
	}{{q.After, &after}, {q.Before, &before}} {
		if d.s == "" {
			continue
		}
		t, err := time.Parse(time.DateOnly, d.s)
		if err != nil {
			return NotesPage{}, fmt.Errorf("app: notes query date %q: %w", d.s, ErrBadInput)
		}
		*d.dst = t
	}
	var hits map[highlightKey]found
	if strings.TrimSpace(q.Text) != "" {
		var err error
		hits, err = n.searchHighlights(q.Text)
		if errors.Is(err, errIndexing) {
			return NotesPage{Items: []HighlightView{}, Indexing: true}, nil
		}
		if err != nil {
			return NotesPage{}, err
		}
	}
	rank := map[highlightKey]int{}
	var all []HighlightView
	err := n.lib.Store().AllHighlights(func(h store.Highlight) {
		e, ok := n.lib.Get(h.ArticleID)
		hit, isHit := hits[highlightKey{h.ArticleID, h.ID}]
		switch {
		case !ok || e.Trashed != nil,
			hits != nil && !isHit,
			q.Color >= 0 && h.Color != q.Color,
			q.Tag != "" && !slices.Contains(h.Tags, q.Tag),
			q.Source != "" && library.SourceOf(&e) != q.Source,
			!after.IsZero() && h.Created.Before(after),
			!before.IsZero() && !h.Created.Before(before),
			q.Orphans && !h.Orphan:
			return
		}
		v := view(h)
		v.Article, v.Source = e.Title, library.SourceOf(&e)
		if isHit {
			v.Marks = quoteMarks(h.Exact, hit.quote)
			rank[highlightKey{h.ArticleID, h.ID}] = hit.rank
		}
		all = append(all, v)
	})
	if err != nil {
		return NotesPage{}, err
	}
	slices.SortStableFunc(all, func(a, b HighlightView) int {
		if hits != nil {
			return rank[highlightKey{a.ArticleID, a.ID}] - rank[highlightKey{b.ArticleID, b.ID}]
		}
		if a.Created != b.Created {
			if a.Created > b.Created {
				return -1
			}
			return 1
		}
		return int(b.ID) - int(a.ID)
	})
	page := NotesPage{Total: len(all), Items: []HighlightView{}}
	if q.Offset < len(all) {
		page.Items = all[q.Offset:min(len(all), q.Offset+q.Limit)]
	}
	return page, nil
}
