package notes

import (
	"errors"

	"gloss/backend/anchor"
	"gloss/backend/store"
)

// Reanchor places every highlight of an article in its current text, after
// a new version was stored. Highlights that cannot be placed become
// orphans; none is deleted. It returns how many were orphaned.
func (n Notes) Reanchor(article uint64) (orphans int, err error) {
	_, body, err := n.Lib.Store().Get(article)
	if err != nil {
		return 0, err
	}
	list, err := n.Lib.Store().Highlights(article)
	if err != nil {
		return 0, err
	}
	for _, h := range list {
		if h.TextHash == anchor.HashText(body.Text) && !h.Orphan {
			continue
		}
		reanchor(&h, body)
		if h.Orphan {
			orphans++
		}
		if _, err := n.Lib.PutHighlight(h); err != nil {
			return orphans, err
		}
	}
	return orphans, nil
}

// reanchor moves h to where its quote is in body, or marks it an orphan,
// keeping its old quote so the reader can compare.
func reanchor(h *store.Highlight, body store.Body) {
	if h.TextHash == anchor.HashText(body.Text) {
		return
	}
	m, err := anchor.Anchor(body.Text, Selector(*h))
	if err != nil {
		if errors.Is(err, anchor.ErrNotFound) || errors.Is(err, anchor.ErrEmptyQuote) {
			h.Orphan, h.Confidence = true, 0
		}
		return
	}
	sel, err := anchor.Describe(body.Text, m.Start, m.End)
	if err != nil {
		h.Orphan, h.Confidence = true, 0
		return
	}
	setSelector(h, sel, body)
	h.Orphan, h.Confidence = false, m.Confidence
}
