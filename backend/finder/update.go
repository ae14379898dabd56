package finder

import (
	"errors"
	"runtime"
	"sync"
	"time"

	"gloss/backend/library"
	"gloss/backend/search"
	"gloss/backend/store"
)

// update is one article's change made ready for the index: its prepared
// words, or its removal.
type update struct {
	id      uint64
	doc     *search.Prepared // nil when the article is removed or skipped
	remove  bool
	updated time.Time
}

// prepare makes the updates of ids ready on every core. Reading bodies and
// cutting them into words is most of the cost of indexing, and none of it
// needs the index's lock; apply then only adds words and postings, in order.
func (f *Finder) prepare(ids []uint64, c library.Change) []update {
	out := make([]update, len(ids))
	workers := min(runtime.GOMAXPROCS(0), (len(ids)+31)/32)
	if workers <= 1 {
		for i, id := range ids {
			out[i] = f.prepareOne(id, c)
		}
		return out
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(ids); i += workers {
				out[i] = f.prepareOne(ids[i], c)
			}
		})
	}
	wg.Wait()
	return out
}

// prepareOne builds the search document of one article, from the change
// when it carries the entry and text, else from the library and the store.
func (f *Finder) prepareOne(id uint64, c library.Change) update {
	text, haveText := c.Texts[id]
	e, ok := c.Entries[id]
	if !ok {
		if e, ok = f.lib.Get(id); !ok {
			return update{id: id, remove: true}
		}
	}
	d, err := f.doc(e, text, haveText)
	if err != nil {
		// An article removed meanwhile leaves the index; on any other
		// error the index keeps what it had.
		return update{id: id, remove: errors.Is(err, store.ErrNotFound)}
	}
	return update{id: id, doc: search.Prepare(d), updated: e.Updated}
}

// apply puts the updates into the index in order.
func (f *Finder) apply(us []update) {
	var upto time.Time
	for _, u := range us {
		switch {
		case u.doc != nil:
			f.ix.PutPrepared(u.doc)
			if u.updated.After(upto) {
				upto = u.updated
			}
		case u.remove:
			f.ix.Remove(u.id)
		}
	}
	f.mu.Lock()
	if upto.After(f.upto) {
		f.upto = upto
	}
	f.mu.Unlock()
}
