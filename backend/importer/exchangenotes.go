package importer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"gloss/backend/anchor"
	"gloss/backend/exchange"
	"gloss/backend/finder"
	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/notes"
	"gloss/backend/store"
)

// maxPut is how many highlights one transaction stores.
const maxPut = 5000

// grow plans the next version of a stored book known by its highlights
// (every paragraph a highlighted quote, as an earlier import of the same
// clippings made it): the item's quotes not in it yet are added as
// paragraphs. A stored article with its own text is never changed; quotes
// missing from it wait for review instead.
func (r *exchangeRun) grow(id uint64, it *exchange.Item) error {
	st := r.im.Library.Store()
	e, body, err := st.Get(id)
	if err != nil {
		return err
	}
	hs, err := st.Highlights(id)
	if err != nil {
		return err
	}
	at := slices.IndexFunc(r.revises, func(v revise) bool { return v.id == id })
	if at >= 0 {
		body.Blocks, body.Text = r.revises[at].doc.Article.Blocks, r.revises[at].doc.Article.Text
	} else if !quoteDoc(body, hs) {
		return nil
	}
	blocks := slices.Clone(body.Blocks)
	for _, h := range it.Highlights {
		q := model.Fold(h.Quote)
		if q != "" && !strings.Contains(body.Text, q) && !slices.ContainsFunc(blocks, func(b model.Block) bool { return b.Text == q }) {
			blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: q})
		}
	}
	if len(blocks) == len(body.Blocks) {
		return nil
	}
	a := e.Article(body)
	a.Blocks = blocks
	a.Normalize()
	doc := store.Doc{Source: e.Source, Article: a}
	if at >= 0 {
		r.revises[at].doc = doc
	} else {
		r.revises = append(r.revises, revise{id: id, doc: doc})
	}
	return nil
}

// quoteDoc reports whether every paragraph of a body is a highlighted quote.
func quoteDoc(body store.Body, hs []store.Highlight) bool {
	quotes := map[string]bool{}
	for _, h := range hs {
		if !h.Orphan {
			quotes[h.Exact] = true
		}
	}
	for _, b := range body.Blocks {
		if !quotes[b.Text] {
			return false
		}
	}
	return len(body.Blocks) > 0
}

// reviseBooks stores the grown books, and counts the stored articles the
// file matched.
func (r *exchangeRun) reviseBooks() error {
	revised := map[uint64]bool{}
	for _, v := range r.revises {
		added, err := r.im.Library.Revise(v.id, v.doc)
		if err != nil {
			return err
		}
		revised[v.id] = true
		r.count(added)
	}
	seen := map[uint64]bool{}
	for _, p := range r.places {
		if p.doc < 0 && !revised[p.id] && !seen[p.id] {
			seen[p.id] = true
			r.res.Duplicates++
			r.res.IDs = append(r.res.IDs, p.id)
		}
	}
	return nil
}

// placeHighlights anchors every quote in its article's stored text and
// stores the new highlights; a quote not found there is kept as an orphan
// for review. Highlights already stored (same place, or same quote for
// orphans) are skipped, so importing a file twice adds nothing. Notes on a
// whole document go to the article's note.
func (r *exchangeRun) placeHighlights() error {
	st := r.im.Library.Store()
	var out []store.Highlight
	r.notes = map[uint64][]string{}
	ids, byID := r.targets()
	for _, id := range ids {
		if !slices.ContainsFunc(byID[id], func(p *place) bool { return len(p.item.Highlights) > 0 }) {
			continue
		}
		_, body, err := st.Get(id)
		if err != nil {
			return err
		}
		have, err := st.Highlights(id)
		if err != nil {
			return err
		}
		for _, p := range byID[id] {
			for _, h := range p.item.Highlights {
				if h.Quote == "" {
					if n := strings.TrimSpace(h.Note); n != "" && !strings.Contains(body.Text, n) {
						r.notes[id] = append(r.notes[id], n)
					}
					continue
				}
				sh := locate(body, h)
				if known(have, sh) {
					continue
				}
				sh.ArticleID, sh.Color, sh.Created = id, colourIndex(h.Color), h.Created
				sh.Note, sh.Tags = clip(h.Note, notes.MaxNoteLength), cleanTags(h.Tags, notes.MaxTags)
				have = append(have, sh)
				out = append(out, sh)
				if sh.Orphan {
					r.res.Unmatched++
				} else {
					r.res.Attached++
				}
			}
		}
	}
	r.res.Highlights = len(out)
	for first := 0; first < len(out); first += maxPut {
		if _, err := r.im.Library.PutHighlights(out[first:min(first+maxPut, len(out))]); err != nil {
			return err
		}
	}
	return nil
}

// targets lists the articles the file's items went to, in order, and
// the places of each.
func (r *exchangeRun) targets() ([]uint64, map[uint64][]*place) {
	var ids []uint64
	byID := map[uint64][]*place{}
	for i := range r.places {
		p := &r.places[i]
		if byID[p.id] == nil {
			ids = append(ids, p.id)
		}
		byID[p.id] = append(byID[p.id], p)
	}
	return ids, byID
}

// locate describes where a quote is in body, or an orphan with its quote.
func locate(body store.Body, h exchange.Highlight) store.Highlight {
	q := model.Fold(h.Quote)
	sel := anchor.Selector{
		Quote:    anchor.Quote{Exact: q, Prefix: h.Prefix, Suffix: h.Suffix},
		Position: anchor.Position{Start: h.Start, End: h.End},
	}
	if m, err := anchor.Anchor(body.Text, sel); err == nil {
		if d, err := anchor.Describe(body.Text, m.Start, m.End); err == nil {
			return store.Highlight{
				Exact: d.Quote.Exact, Prefix: d.Quote.Prefix, Suffix: d.Quote.Suffix,
				Start: m.Start, End: m.End, Block: anchor.BlockOf(body.Blocks, m.Start),
				TextHash: d.TextHash, Confidence: m.Confidence,
			}
		}
	}
	return store.Highlight{Exact: clip(q, notes.MaxNoteLength), Prefix: h.Prefix, Suffix: h.Suffix, Orphan: true}
}

// known reports whether h is already among have.
func known(have []store.Highlight, h store.Highlight) bool {
	return slices.ContainsFunc(have, func(o store.Highlight) bool {
		if h.Orphan || o.Orphan {
			return h.Orphan == o.Orphan && o.Exact == h.Exact
		}
		return o.Start == h.Start && o.End == h.End
	})
}

// colourIndex maps another app's colour name to one of Gloss's five;
// colours Gloss lacks go to the nearest, unknown ones to the first.
func colourIndex(name string) int {
	name = strings.ToLower(strings.TrimSpace(name))
	if i := slices.Index(finder.Colours[:], name); i >= 0 {
		return i
	}
	switch name {
	case "orange":
		return 0
	case "red":
		return 3
	}
	return 0
}

// cleanTags keeps the tags the store accepts, at most n, sorted.
func cleanTags(tags []string, n int) []string {
	var out []string
	for _, t := range tags {
		if c, err := store.CleanTag(t); err == nil && !slices.Contains(out, c) && len(out) < n {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// clip cuts s to at most n bytes on a character boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// setState applies the items' tags, archived and favourite marks, and
// notes on whole documents to their articles, in one transaction. Marks
// are only ever set: an export does not unmark what the reader marked.
func (r *exchangeRun) setState() error {
	type want struct {
		tags              []string
		archived, starred bool
		notes             []string
	}
	wants := map[uint64]*want{}
	var ids []uint64
	for _, p := range r.places {
		w := wants[p.id]
		if w == nil {
			w = &want{}
			wants[p.id] = w
		}
		w.tags = append(w.tags, cleanTags(p.item.Tags, 1000)...)
		w.archived = w.archived || p.item.Archived
		w.starred = w.starred || p.item.Starred
	}
	for id, ns := range r.notes {
		if w := wants[id]; w != nil {
			w.notes = ns
		}
	}
	apply := func(e *store.Entry) error {
		w := wants[e.ID]
		for _, t := range w.tags {
			if !slices.Contains(e.Tags, t) {
				e.Tags = append(e.Tags, t)
			}
		}
		slices.Sort(e.Tags)
		e.Archived = e.Archived || w.archived
		e.Read = e.Read || w.archived
		e.Favourite = e.Favourite || w.starred
		for _, n := range w.notes {
			if !strings.Contains(e.Note, n) && len(e.Note)+len(n)+2 <= library.MaxNoteLength {
				e.Note = strings.TrimSpace(e.Note + "\n\n" + n)
			}
		}
		return nil
	}
	targets, _ := r.targets()
	for _, id := range targets {
		e, ok := r.im.Library.Get(id)
		if !ok {
			continue
		}
		before := e
		before.Tags = slices.Clone(e.Tags)
		apply(&e)
		if !slices.Equal(before.Tags, e.Tags) || before.Archived != e.Archived || before.Read != e.Read ||
			before.Favourite != e.Favourite || before.Note != e.Note {
			ids = append(ids, id)
		}
	}
	_, err := r.im.Library.Change(ids, apply)
	return err
}
