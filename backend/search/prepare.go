package search

import (
	"hash/maphash"
	"sync"
)

// Prepared is an article made ready for the index: its metadata and its
// distinct folded words, each with the fields it occurs in and its count in
// the body. Prepare does all the work that needs no lock (cutting, folding
// and counting words), so callers can run it on other cores; PutPrepared
// then only interns the words and appends one posting per word under the
// index's write lock.
type Prepared struct {
	m     meta
	words string     // the distinct words, concatenated, in first-seen order
	marks []wordMark // one per word
}

// wordMark is one distinct word of a Prepared: where it ends in words, and
// the fields it occurs in (low byte) with its count in the body above.
type wordMark struct {
	end  uint32
	mark uint32
}

// ID returns the ID of the prepared article.
func (p *Prepared) ID() uint64 { return p.m.id }

// Prepare cuts d into the words the index keeps. Words keep the order in
// which they first occur (title, text, note, tags, then each highlight's
// quote, note and tags), so that new words get the same ids as when d is
// put directly.
func Prepare(d Doc) *Prepared {
	c := collectorPool.Get().(*collector)
	defer collectorPool.Put(c)
	c.reset()
	c.add(d.Title, FieldTitle)
	c.add(d.Text, FieldText)
	c.add(d.Note, FieldNote)
	for _, t := range d.Tags {
		c.add(t, FieldTag)
	}
	for _, h := range d.Highlights {
		c.add(h.Quote, FieldHighlight)
		c.add(h.Note, FieldNote)
		for _, t := range h.Tags {
			c.add(t, FieldTag)
		}
	}
	return &Prepared{m: newMeta(d), words: string(c.buf), marks: append([]wordMark(nil), c.marks...)}
}

// collector gathers one article's distinct words in an open-addressing
// table of its own: an article repeats most of its words, and a small
// table that stays in cache costs far less per word than a lookup in the
// whole vocabulary.
type collector struct {
	buf   []byte
	marks []wordMark
	hash  []uint64 // of each word, to grow the table without hashing again
	table []int32  // index+1 into marks; 0 is empty; the length is a power of 2
	seed  maphash.Seed
}

var collectorPool = sync.Pool{New: func() any {
	return &collector{table: make([]int32, 1024), seed: maphash.MakeSeed()}
}}

func (c *collector) reset() {
	c.buf, c.marks, c.hash = c.buf[:0], c.marks[:0], c.hash[:0]
	clear(c.table)
}

func (c *collector) add(s string, f Field) {
	eachWord(s, func(w []byte, _, _ int) {
		v := c.find(w)
		v.mark |= uint32(f)
		if f == FieldText {
			v.mark += 1 << 8
		}
	})
}

// find returns the mark of w, adding w when it is new.
func (c *collector) find(w []byte) *wordMark {
	h := maphash.Bytes(c.seed, w)
	mask := uint64(len(c.table) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		slot := c.table[i]
		if slot == 0 {
			break
		}
		m := &c.marks[slot-1]
		if c.hash[slot-1] == h && string(c.word(int(slot-1))) == string(w) {
			return m
		}
	}
	c.buf = append(c.buf, w...)
	c.marks = append(c.marks, wordMark{end: uint32(len(c.buf))})
	c.hash = append(c.hash, h)
	if 2*len(c.marks) > len(c.table) {
		c.grow()
	} else {
		c.place(len(c.marks)-1, h)
	}
	return &c.marks[len(c.marks)-1]
}

func (c *collector) word(i int) []byte {
	start := uint32(0)
	if i > 0 {
		start = c.marks[i-1].end
	}
	return c.buf[start:c.marks[i].end]
}

// place puts word i, of hash h, into the table.
func (c *collector) place(i int, h uint64) {
	mask := uint64(len(c.table) - 1)
	j := h & mask
	for c.table[j] != 0 {
		j = (j + 1) & mask
	}
	c.table[j] = int32(i + 1)
}

// grow doubles the table and places every word again.
func (c *collector) grow() {
	c.table = make([]int32, 2*len(c.table))
	for i, h := range c.hash {
		c.place(i, h)
	}
}

// PutPrepared adds the prepared article, or replaces the article with the
// same ID; it does what Put does with the words p was prepared with.
func (ix *Index) PutPrepared(p *Prepared) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if old, ok := ix.ord[p.m.id]; ok {
		ix.remove(old)
	}
	ord := uint32(len(ix.docs))
	ix.docs = append(ix.docs, p.m)
	ix.ord[p.m.id] = ord
	start := uint32(0)
	for _, wm := range p.marks {
		id := ix.voc.intern(p.words[start:wm.end])
		start = wm.end
		ix.post.add(id, ord, info(Field(wm.mark&0xff), int(wm.mark>>8)))
	}
}
