package notes

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"gloss/backend/anchor"
	"gloss/backend/library"
	"gloss/backend/store"
)

// Limits on what a highlight may carry.
const (
	Colours       = 5
	MaxNoteLength = 100_000
	MaxTags       = 50
)

// Notes edits the highlights of one library.
type Notes struct {
	Lib *library.Library
}

// Edit is what the reader may change on a highlight.
type Edit struct {
	Color int      `json:"color"`
	Note  string   `json:"note"`
	Tags  []string `json:"tags"`
}

func (e *Edit) check() error {
	if e.Color < 0 || e.Color >= Colours {
		return fmt.Errorf("notes: colour %d: %w: 0 to %d", e.Color, ErrBadInput, Colours-1)
	}
	if len(e.Note) > MaxNoteLength || !utf8.ValidString(e.Note) {
		return fmt.Errorf("notes: note of %d bytes: %w", len(e.Note), ErrBadInput)
	}
	if len(e.Tags) > MaxTags {
		return fmt.Errorf("notes: %d tags: %w", len(e.Tags), ErrBadInput)
	}
	clean := make([]string, 0, len(e.Tags))
	for _, t := range e.Tags {
		c, err := store.CleanTag(t)
		if err != nil {
			return err
		}
		if !slices.Contains(clean, c) {
			clean = append(clean, c)
		}
	}
	slices.Sort(clean)
	e.Tags = clean
	return nil
}

// Create highlights code points [start, end) of an article's text.
func (n Notes) Create(article uint64, start, end int, e Edit) (store.Highlight, error) {
	if err := e.check(); err != nil {
		return store.Highlight{}, err
	}
	h := store.Highlight{ArticleID: article, Color: e.Color, Note: e.Note, Tags: e.Tags}
	if err := n.place(&h, start, end); err != nil {
		return store.Highlight{}, err
	}
	return n.Lib.PutHighlight(h)
}

// Update changes a highlight's colour, note and tags.
func (n Notes) Update(article, id uint64, e Edit) (store.Highlight, error) {
	if err := e.check(); err != nil {
		return store.Highlight{}, err
	}
	h, err := n.get(article, id)
	if err != nil {
		return store.Highlight{}, err
	}
	h.Color, h.Note, h.Tags = e.Color, e.Note, e.Tags
	return n.Lib.PutHighlight(h)
}

// Resize moves a highlight to code points [start, end) of the current
// text: changing its extent, or re-attaching an orphan.
func (n Notes) Resize(article, id uint64, start, end int) (store.Highlight, error) {
	h, err := n.get(article, id)
	if err != nil {
		return store.Highlight{}, err
	}
	if err := n.place(&h, start, end); err != nil {
		return store.Highlight{}, err
	}
	h.Orphan, h.Confidence = false, 1
	return n.Lib.PutHighlight(h)
}

// Delete removes a highlight and returns it for undo.
func (n Notes) Delete(article, id uint64) (store.Highlight, error) {
	return n.Lib.DeleteHighlight(article, id)
}

// Restore puts back a deleted highlight (undo), anchored again in case the
// text changed in between.
func (n Notes) Restore(h store.Highlight) (store.Highlight, error) {
	e := Edit{Color: h.Color, Note: h.Note, Tags: h.Tags}
	if err := e.check(); err != nil {
		return store.Highlight{}, err
	}
	h.Tags = e.Tags
	_, body, err := n.Lib.Store().Get(h.ArticleID)
	if err != nil {
		return store.Highlight{}, err
	}
	reanchor(&h, body)
	return n.Lib.PutHighlight(h)
}

// place describes [start, end) of the article's current text into h.
func (n Notes) place(h *store.Highlight, start, end int) error {
	_, body, err := n.Lib.Store().Get(h.ArticleID)
	if err != nil {
		return err
	}
	sel, err := anchor.Describe(body.Text, start, end)
	if err != nil {
		return fmt.Errorf("notes: %w: %w", ErrBadInput, err)
	}
	setSelector(h, sel, body)
	h.Confidence = 1
	return nil
}

func (n Notes) get(article, id uint64) (store.Highlight, error) {
	list, err := n.Lib.Store().Highlights(article)
	if err != nil {
		return store.Highlight{}, err
	}
	for _, h := range list {
		if h.ID == id {
			return h, nil
		}
	}
	return store.Highlight{}, fmt.Errorf("notes: highlight %d of article %d: %w", id, article, store.ErrNotFound)
}

func setSelector(h *store.Highlight, sel anchor.Selector, body store.Body) {
	h.Exact, h.Prefix, h.Suffix = sel.Quote.Exact, sel.Quote.Prefix, sel.Quote.Suffix
	h.Start, h.End = sel.Position.Start, sel.Position.End
	h.Block = anchor.BlockOf(body.Blocks, sel.Position.Start)
	h.TextHash = sel.TextHash
}

// Selector returns the stored selectors of a highlight.
func Selector(h store.Highlight) anchor.Selector {
	return anchor.Selector{
		Quote:    anchor.Quote{Exact: h.Exact, Prefix: h.Prefix, Suffix: h.Suffix},
		Position: anchor.Position{Start: h.Start, End: h.End},
		Block:    h.Block, TextHash: h.TextHash,
	}
}
