package finder

import (
	"fmt"
	"log"
	"strconv"
	"sync"
	"time"

	"gloss/backend/library"
	"gloss/backend/search"
	"gloss/backend/store"
)

// rebuildChunk is how many articles a rebuild prepares at a time, on
// every core, before putting them into the index.
const rebuildChunk = 512

// Colours names the five highlight colours in the index, for color:.
var Colours = [5]string{"yellow", "green", "blue", "pink", "purple"}

// Finder is the search index of one library.
type Finder struct {
	lib *library.Library
	ix  *search.Index

	mu    sync.Mutex
	ready bool
	dirty bool
	upto  time.Time // newest change the index holds
	done  chan struct{}

	// Changes are indexed by one goroutine, so an import's next batch is
	// written while this one is indexed; pending counts those not done.
	queue   chan library.Change
	pending int
	idle    *sync.Cond

	loaded Loaded
}

// Loaded says how the index was made ready at start-up.
type Loaded struct {
	// Rebuilt is set when no usable index was saved and every article was
	// indexed; otherwise the saved image was loaded.
	Rebuilt bool `json:"rebuilt"`
	// Stale counts the articles indexed again because they changed after
	// the image was saved.
	Stale int           `json:"stale"`
	Took  time.Duration `json:"took"`
}

// Loaded reports how the index was made ready; it waits until it is.
func (f *Finder) Loaded() Loaded {
	f.Ready()
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.loaded
}

// Open loads the saved index of lib, or starts building one in the
// background, and follows the library's changes from now on.
func Open(lib *library.Library) *Finder {
	f := &Finder{lib: lib, done: make(chan struct{}), queue: make(chan library.Change, 16)}
	f.idle = sync.NewCond(&f.mu)
	go f.load()
	go f.work()
	return f
}

// work indexes queued changes in order.
func (f *Finder) work() {
	for c := range f.queue {
		f.apply(f.prepare(c.IDs, c))
		f.mu.Lock()
		f.dirty = true
		f.pending--
		if f.pending == 0 {
			f.idle.Broadcast()
		}
		f.mu.Unlock()
	}
}

// Flush waits until every change reported so far is indexed.
func (f *Finder) Flush() {
	f.mu.Lock()
	for f.pending > 0 {
		f.idle.Wait()
	}
	f.mu.Unlock()
}

// Ready blocks until the index can answer (tests and the CLI use it).
func (f *Finder) Ready() { <-f.done }

// load reads the saved index and catches up with the articles updated
// since; without a usable saved index it indexes everything.
func (f *Finder) load() {
	defer close(f.done)
	start := time.Now()
	ix := search.New()
	image, upto, err := f.lib.Store().LoadIndex()
	if err == nil && image != nil {
		err = ix.UnmarshalBinary(image)
	}
	if err != nil || image == nil {
		if err != nil {
			log.Printf("finder: saved index unusable, rebuilding: %v", err)
		}
		ix, upto = search.New(), time.Time{}
	}
	// From here on the index only grows in place. Changes made while it
	// loaded are newer than upto, so the catch-up below finds them, and
	// the watcher takes every change after this point.
	f.mu.Lock()
	f.ix, f.upto = ix, upto
	f.mu.Unlock()
	f.lib.Watch(f.changed)
	// upto is the time of an indexed change, and a transaction stamps all
	// its articles with one time and reports them in one Change, which the
	// saved image holds whole (Save flushes first): only later changes are
	// stale. Taking upto itself would index the last import batch again on
	// every start.
	since := upto
	if !upto.IsZero() {
		since = upto.Add(time.Nanosecond)
	}
	stale := f.lib.UpdatedSince(since)
	for i := 0; i < len(stale); i += rebuildChunk {
		f.apply(f.prepare(stale[i:min(i+rebuildChunk, len(stale))], library.Change{}))
	}
	f.mu.Lock()
	f.ready, f.dirty = true, f.dirty || len(stale) > 0
	f.loaded = Loaded{Rebuilt: image == nil || err != nil, Stale: len(stale), Took: time.Since(start)}
	f.mu.Unlock()
}

// changed queues what the library just changed for indexing.
func (f *Finder) changed(c library.Change) {
	f.mu.Lock()
	f.pending++
	f.mu.Unlock()
	f.queue <- c
}

// doc builds the search document of an article from the store.
func (f *Finder) doc(e store.Entry, text string, haveText bool) (search.Doc, error) {
	if !haveText {
		_, body, err := f.lib.Store().Get(e.ID)
		if err != nil {
			return search.Doc{}, err
		}
		text = body.Text
	}
	d := search.Doc{
		ID: e.ID, Title: e.Title, Text: text, Tags: e.Tags, Source: library.SourceOf(&e),
		Published: e.Published, Added: e.Added, Favourite: e.Favourite, Archived: e.Archived,
		Read: e.Read, Note: e.Note,
	}
	if e.Highlights > 0 {
		list, err := f.lib.Store().Highlights(e.ID)
		if err != nil {
			return search.Doc{}, err
		}
		for _, h := range list {
			d.Highlights = append(d.Highlights, search.Highlight{
				ID: strconv.FormatUint(h.ID, 10), Quote: h.Exact, Note: h.Note,
				Color: Colours[h.Color%len(Colours)], Tags: h.Tags, Start: h.Start, End: h.End,
			})
		}
	}
	return d, nil
}

// Search answers a query: trashed articles are left out unless asked for.
func (f *Finder) Search(q string, limit int) (search.Results, error) {
	return f.search(q, search.Options{
		Limit: limit,
		Filter: func(id uint64) bool {
			e, ok := f.lib.Get(id)
			return ok && e.Trashed == nil
		},
		Source: func(id uint64) (search.Doc, error) {
			e, ok := f.lib.Get(id)
			if !ok {
				return search.Doc{}, store.ErrNotFound
			}
			return f.doc(e, "", false)
		},
	})
}

// SearchHighlights answers a query for a list of highlights: only articles
// with highlights, every result with its hits, which name their highlight.
// Article bodies are not loaded, so q should search highlights, notes and
// tags only (in:), and a phrase is checked in those alone.
func (f *Finder) SearchHighlights(q string, limit int) (search.Results, error) {
	return f.search(q, search.Options{
		Limit: limit,
		Hits:  limit,
		Filter: func(id uint64) bool {
			e, ok := f.lib.Get(id)
			return ok && e.Trashed == nil && e.Highlights > 0
		},
		Source: func(id uint64) (search.Doc, error) {
			e, ok := f.lib.Get(id)
			if !ok {
				return search.Doc{}, store.ErrNotFound
			}
			return f.doc(e, "", true)
		},
	})
}

func (f *Finder) search(q string, opts search.Options) (search.Results, error) {
	f.mu.Lock()
	ready := f.ready
	f.mu.Unlock()
	if !ready {
		return nil, fmt.Errorf("finder: %w", ErrIndexing)
	}
	f.Flush()
	return f.ix.Search(q, opts)
}

// Save writes the index into the library when it changed since last saved.
func (f *Finder) Save() error {
	f.Flush()
	f.mu.Lock()
	if !f.ready || !f.dirty {
		f.mu.Unlock()
		return nil
	}
	f.dirty = false
	upto := f.upto
	f.mu.Unlock()
	image, err := f.ix.MarshalBinary()
	if err == nil {
		err = f.lib.Store().SaveIndex(image, upto)
	}
	if err != nil {
		f.mu.Lock()
		f.dirty = true
		f.mu.Unlock()
		return fmt.Errorf("finder: save: %w", err)
	}
	return nil
}
