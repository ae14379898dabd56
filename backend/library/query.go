package library

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"gloss/backend/store"
)

// Views a query can ask for.
const (
	ViewAll        = "all"        // everything but the trash
	ViewUnread     = "unread"     // not read, not archived, not trashed
	ViewFavourites = "favourites" // favourites not in the trash
	ViewArchive    = "archive"    // archived, not in the trash
	ViewTrash      = "trash"      // in the trash
)

// Orders a query can ask for.
const (
	SortAdded     = "added"
	SortPublished = "published"
	SortTitle     = "title"
	SortSource    = "source"
)

// MaxLimit bounds one page.
const MaxLimit = 1000

// Query selects a page of articles.
type Query struct {
	View          string `json:"view"`
	Tag           string `json:"tag,omitempty"`
	Source        string `json:"source,omitempty"`
	HasHighlights bool   `json:"hasHighlights,omitempty"`
	Sort          string `json:"sort,omitempty"`
	// Reverse turns the default order (newest first for dates, A first for
	// names) around.
	Reverse bool `json:"reverse,omitempty"`
	Offset  int  `json:"offset,omitempty"`
	Limit   int  `json:"limit,omitempty"`
}

// Page is one page of a query's result.
type Page struct {
	Items []store.Entry `json:"items"`
	Total int           `json:"total"`
}

// Check validates a query and fills its defaults.
func (q *Query) Check() error {
	if q.View == "" {
		q.View = ViewAll
	}
	if q.Sort == "" {
		q.Sort = SortAdded
	}
	if q.Limit == 0 {
		q.Limit = 100
	}
	switch {
	case !slices.Contains([]string{ViewAll, ViewUnread, ViewFavourites, ViewArchive, ViewTrash}, q.View):
		return fmt.Errorf("library: view %q: %w", q.View, ErrBadQuery)
	case !slices.Contains([]string{SortAdded, SortPublished, SortTitle, SortSource}, q.Sort):
		return fmt.Errorf("library: sort %q: %w", q.Sort, ErrBadQuery)
	case q.Offset < 0 || q.Limit < 0 || q.Limit > MaxLimit:
		return fmt.Errorf("library: offset %d, limit %d: %w", q.Offset, q.Limit, ErrBadQuery)
	}
	return nil
}

// inView reports whether an entry belongs to a view.
func inView(e *store.Entry, view string) bool {
	trashed := e.Trashed != nil
	switch view {
	case ViewTrash:
		return trashed
	case ViewUnread:
		return !trashed && !e.Read && !e.Archived
	case ViewFavourites:
		return !trashed && e.Favourite
	case ViewArchive:
		return !trashed && e.Archived
	}
	return !trashed
}

func (q Query) match(e *store.Entry) bool {
	return inView(e, q.View) &&
		(q.Tag == "" || slices.Contains(e.Tags, q.Tag)) &&
		(q.Source == "" || SourceOf(e) == q.Source) &&
		(!q.HasHighlights || e.Highlights > 0)
}

// SourceOf names where an article came from: its site, else its file.
func SourceOf(e *store.Entry) string {
	if e.Site != "" {
		return e.Site
	}
	return e.Source
}

// less orders entries for a sort key: newest first for dates, A first for
// names, ties broken by newest added so pages are stable.
func less(sortKey string) func(a, b *store.Entry) int {
	byID := func(a, b *store.Entry) int { return cmp.Compare(b.ID, a.ID) }
	var key func(a, b *store.Entry) int
	switch sortKey {
	case SortPublished:
		key = func(a, b *store.Entry) int { return strings.Compare(b.Published, a.Published) }
	case SortTitle:
		key = func(a, b *store.Entry) int { return compareLower(a.Title, b.Title) }
	case SortSource:
		key = func(a, b *store.Entry) int { return compareLower(SourceOf(a), SourceOf(b)) }
	default:
		return byID
	}
	return func(a, b *store.Entry) int {
		if c := key(a, b); c != 0 {
			return c
		}
		return byID(a, b)
	}
}

// topK keeps the k first entries of an order in a max-heap of the worst.
type topK struct {
	items []*store.Entry
	cmp   func(a, b *store.Entry) int
}

func (h *topK) Len() int           { return len(h.items) }
func (h *topK) Less(i, j int) bool { return h.cmp(h.items[i], h.items[j]) > 0 }
func (h *topK) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *topK) Push(x any)         { h.items = append(h.items, x.(*store.Entry)) }
func (h *topK) Pop() any {
	last := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return last
}

// offer adds e if it is among the k first seen so far.
func (h *topK) offer(e *store.Entry, k int) {
	if len(h.items) < k {
		heap.Push(h, e)
	} else if h.cmp(e, h.items[0]) < 0 {
		h.items[0] = e
		heap.Fix(h, 0)
	}
}

// compareLower compares a and b as strings.ToLower would leave them,
// without building the lower-case copies: a sort by title compares every
// matching article, and the copies made a filtered page of a large
// library slow.
func compareLower(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra < utf8.RuneSelf && rb < utf8.RuneSelf {
			if 'A' <= ra && ra <= 'Z' {
				ra += 'a' - 'A'
			}
			if 'A' <= rb && rb <= 'Z' {
				rb += 'a' - 'A'
			}
		} else {
			ra, rb = unicode.ToLower(ra), unicode.ToLower(rb)
		}
		if ra != rb {
			return cmp.Compare(ra, rb)
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}
