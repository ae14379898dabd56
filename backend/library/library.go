package library

import (
	"container/heap"
	"fmt"
	"slices"
	"sync"
	"time"

	"gloss/backend/store"
)

// Library is the in-memory view of a store's articles. All changes to
// articles' metadata go through it so that the view stays current.
type Library struct {
	st      *store.Store
	mu      sync.RWMutex
	entries []store.Entry // ordered by ID, which is the order added

	watchers []func(Change)
}

// Change names the articles a change touched.
type Change struct {
	IDs []uint64
	// Texts holds the canonical text of articles just added or replaced,
	// so that watchers need not read their bodies back.
	Texts map[uint64]string
	// Entries holds the stored entries of articles just added or replaced,
	// so that watchers need not wait for the library's lock, which the
	// next import batch holds while it is written.
	Entries map[uint64]store.Entry
}

// Watch registers fn to be told of articles after they were added,
// changed or removed (the search index keeps itself current this way). fn
// runs after the change is stored, outside the library's lock.
func (l *Library) Watch(fn func(Change)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.watchers = append(l.watchers, fn)
}

// notify tells the watchers; callers must not hold l.mu.
func (l *Library) notify(ids []uint64) { l.notifyChange(Change{IDs: ids}) }

func (l *Library) notifyChange(c Change) {
	l.mu.RLock()
	watchers := l.watchers
	l.mu.RUnlock()
	if len(c.IDs) == 0 {
		return
	}
	for _, fn := range watchers {
		fn(c)
	}
}

// Open loads the metadata of every article of st.
func Open(st *store.Store) (*Library, error) {
	list, err := st.List()
	if err != nil {
		return nil, fmt.Errorf("library: load: %w", err)
	}
	return &Library{st: st, entries: list}, nil
}

// Store returns the underlying store.
func (l *Library) Store() *store.Store { return l.st }

// Query returns one page of the articles matching q.
func (l *Library) Query(q Query) (Page, error) {
	if err := q.Check(); err != nil {
		return Page{}, err
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if q.Sort == SortAdded {
		return l.byAdded(q), nil
	}
	return l.sorted(q), nil
}

// sorted answers a query in any order, keeping the best offset+limit
// matches in a heap.
func (l *Library) sorted(q Query) Page {
	order := less(q.Sort)
	if q.Reverse {
		o := order
		order = func(a, b *store.Entry) int { return o(b, a) }
	}
	want := q.Offset + q.Limit
	h := &topK{cmp: order}
	total := 0
	for i := range l.entries {
		e := &l.entries[i]
		if !q.match(e) {
			continue
		}
		total++
		h.offer(e, want)
	}
	items := make([]*store.Entry, 0, h.Len())
	for h.Len() > 0 {
		items = append(items, heap.Pop(h).(*store.Entry))
	}
	slices.Reverse(items)
	page := Page{Total: total, Items: []store.Entry{}}
	for _, e := range items[min(q.Offset, len(items)):] {
		page.Items = append(page.Items, *e)
	}
	return page
}

// byAdded answers a query in the order articles were added, the default
// one: entries are kept in that order, so the page is the first matches of
// a walk from either end, with no sorting.
func (l *Library) byAdded(q Query) Page {
	page := Page{Items: []store.Entry{}}
	want := q.Offset + q.Limit
	for n := range l.entries {
		i := len(l.entries) - 1 - n // newest first
		if q.Reverse {
			i = n
		}
		e := &l.entries[i]
		if !q.match(e) {
			continue
		}
		if page.Total >= q.Offset && page.Total < want {
			page.Items = append(page.Items, *e)
		}
		page.Total++
	}
	return page
}

// Get returns one article's metadata from memory.
func (l *Library) Get(id uint64) (store.Entry, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	i, ok := l.find(id)
	if !ok {
		return store.Entry{}, false
	}
	return l.entries[i], true
}

func (l *Library) find(id uint64) (int, bool) {
	return slices.BinarySearchFunc(l.entries, id, func(e store.Entry, id uint64) int {
		return cmpU64(e.ID, id)
	})
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Add stores articles in one transaction and puts the new and changed ones
// into the view.
func (l *Library) Add(docs []store.Doc) ([]store.Added, error) {
	l.mu.Lock()
	added, err := l.st.Add(docs)
	c := Change{Texts: map[uint64]string{}, Entries: map[uint64]store.Entry{}}
	for i, a := range added {
		if !a.Duplicate {
			l.put(a.Entry)
			c.IDs = append(c.IDs, a.ID)
			c.Texts[a.ID] = docs[i].Article.Text
			c.Entries[a.ID] = a.Entry
		}
	}
	l.mu.Unlock()
	if err != nil {
		return nil, err
	}
	l.notifyChange(c)
	return added, nil
}

// put inserts or replaces an entry, keeping the slice ordered by ID.
func (l *Library) put(e store.Entry) {
	i, ok := l.find(e.ID)
	if ok {
		l.entries[i] = e
		return
	}
	l.entries = slices.Insert(l.entries, i, e)
}

// apply runs a store change and puts what it returns into the view.
func (l *Library) apply(change func() ([]store.Entry, error)) ([]store.Entry, error) {
	l.mu.Lock()
	entries, err := change()
	ids := make([]uint64, 0, len(entries))
	if err == nil {
		for _, e := range entries {
			l.put(e)
			ids = append(ids, e.ID)
		}
	}
	l.mu.Unlock()
	if err != nil {
		return nil, err
	}
	l.notify(ids)
	return entries, nil
}

// reload replaces the whole view after a change that touched many articles.
func (l *Library) reload() error {
	list, err := l.st.List()
	if err != nil {
		return err
	}
	l.entries = list
	return nil
}

// UpdatedSince lists the articles changed at or after t, oldest ID first.
func (l *Library) UpdatedSince(t time.Time) []uint64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var ids []uint64
	for i := range l.entries {
		if !l.entries[i].Updated.Before(t) {
			ids = append(ids, l.entries[i].ID)
		}
	}
	return ids
}
