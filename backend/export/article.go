package export

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	"gloss/backend/model"
	"gloss/backend/store"
)

// Article is one article as exports see it: metadata, text and highlights
// in reading order.
type Article struct {
	ID        uint64
	Title     string
	Byline    string
	Site      string
	Source    string // the file it was imported from
	URL       string
	Published string
	Tags      []string
	Note      string
	Added     time.Time
	Text      string
	Blocks    []model.Block
	// Highlights are in text order, orphans last (see Sort).
	Highlights []Highlight
}

// Highlight is one highlight as exports see it.
type Highlight struct {
	ID             uint64
	Exact          string
	Prefix, Suffix string
	// Start and End are code points of the canonical text.
	Start, End int
	Color      int
	// ColorName is what the user said the colour means ("Key point").
	ColorName string
	Note      string
	Tags      []string
	Created   time.Time
	Updated   time.Time
	// Orphan highlights no longer have a place in the text; only their
	// quote is exported.
	Orphan bool
}

// Link returns the gloss:// deep link to the article.
func (a *Article) Link() string { return fmt.Sprintf("gloss://article/%d", a.ID) }

// Link returns the gloss:// deep link to the highlight in article a.
func (h *Highlight) Link(a *Article) string { return fmt.Sprintf("%s#%d", a.Link(), h.ID) }

// Cite returns where the article came from for citations: the site,
// else the file it was imported from.
func (a *Article) Cite() string { return cmp.Or(a.Site, a.Source) }

// Sort puts highlights in reading order, orphans last, ties by ID.
func Sort(hs []Highlight) {
	slices.SortStableFunc(hs, func(x, y Highlight) int {
		if x.Orphan != y.Orphan {
			if x.Orphan {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(x.Start, y.Start), cmp.Compare(x.ID, y.ID))
	})
}

// FromStore builds an export article from the store's records. colours
// names the meaning of each colour index (the user's settings); missing
// names are left empty.
func FromStore(e store.Entry, b store.Body, hs []store.Highlight, colours []string) Article {
	a := Article{
		ID: e.ID, Title: e.Title, Byline: e.Byline, Site: e.Site, Source: e.Source,
		URL: e.URL, Published: e.Published, Tags: e.Tags, Note: e.Note, Added: e.Added,
		Text: b.Text, Blocks: b.Blocks,
	}
	for _, h := range hs {
		x := Highlight{
			ID: h.ID, Exact: h.Exact, Prefix: h.Prefix, Suffix: h.Suffix,
			Start: h.Start, End: h.End, Color: h.Color, Note: h.Note, Tags: h.Tags,
			Created: h.Created, Updated: h.Updated, Orphan: h.Orphan,
		}
		if h.Color >= 0 && h.Color < len(colours) {
			x.ColorName = colours[h.Color]
		}
		a.Highlights = append(a.Highlights, x)
	}
	Sort(a.Highlights)
	return a
}

// Collect reads the articles ids from st, with their highlights, in the
// order given.
func Collect(st *store.Store, ids []uint64, colours []string) ([]Article, error) {
	out := make([]Article, 0, len(ids))
	for _, id := range ids {
		e, b, err := st.Get(id)
		if err != nil {
			return nil, fmt.Errorf("export: collect: %w", err)
		}
		hs, err := st.Highlights(id)
		if err != nil {
			return nil, fmt.Errorf("export: collect: %w", err)
		}
		out = append(out, FromStore(e, b, hs, colours))
	}
	return out, nil
}

// count returns the number of highlights of arts.
func count(arts []Article) int {
	n := 0
	for i := range arts {
		n += len(arts[i].Highlights)
	}
	return n
}
