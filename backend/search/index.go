package search

import (
	"sync"
)

// Index is an in-memory word index over articles. It is safe for concurrent
// use: searches share a read lock, Put and Remove take the write lock.
type Index struct {
	mu   sync.RWMutex
	voc  vocab
	post postings
	docs []meta // by ordinal; ordinals grow with every Put
	ord  map[uint64]uint32
	dead int
}

// New returns an empty index.
func New() *Index {
	return &Index{voc: newVocab(), ord: map[uint64]uint32{}}
}

// Len returns the number of articles in the index.
func (ix *Index) Len() int {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return len(ix.ord)
}

// Put adds d, or replaces the article with the same ID. It is Prepare and
// PutPrepared in one; callers putting many articles can prepare them on
// other cores first.
func (ix *Index) Put(d Doc) { ix.PutPrepared(Prepare(d)) }

// Remove removes the article with the given ID, if present. Its postings
// stay until enough articles are removed; then all lists are compacted in
// one pass, which takes a moment on a large index.
func (ix *Index) Remove(id uint64) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if o, ok := ix.ord[id]; ok {
		ix.remove(o)
	}
	if ix.dead > 1024 && ix.dead > len(ix.ord)/4 {
		ix.compact()
	}
}

func (ix *Index) remove(o uint32) {
	delete(ix.ord, ix.docs[o].id)
	ix.docs[o] = meta{}
	ix.dead++
}

// compact renumbers the live articles and drops removed ones from every list.
func (ix *Index) compact() {
	renum := make([]uint32, len(ix.docs))
	docs := make([]meta, 0, len(ix.ord))
	for o, m := range ix.docs {
		if m.alive {
			renum[o] = uint32(len(docs))
			ix.ord[m.id] = uint32(len(docs))
			docs = append(docs, m)
		}
	}
	old := ix.post
	ix.post = postings{}
	ix.post.grow(len(ix.voc.words))
	for id, l := range old.lists {
		each(l.data, func(o uint32, b byte) {
			if int(o) < len(ix.docs) && ix.docs[o].alive {
				ix.post.add(uint32(id), renum[o], b)
			}
		})
	}
	ix.docs, ix.dead = docs, 0
}
