package search

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"strings"
)

// magic and formatVersion open a saved index; a CRC-32 of everything before
// it closes it.
const (
	magic         = "GLOSSIX\x00"
	formatVersion = 1
)

// MarshalBinary encodes the index: its articles' metadata, vocabulary and
// postings, never article text. Loading it is much faster than rebuilding.
func (ix *Index) MarshalBinary() ([]byte, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	size := len(magic) + 16
	for _, l := range ix.post.lists {
		size += len(l.data) + 8
	}
	e := enc{b: make([]byte, 0, size+len(ix.docs)*64+len(ix.voc.words)*16)}
	e.b = append(e.b, magic...)
	e.uint(formatVersion)
	e.uint(uint64(len(ix.docs)))
	for _, m := range ix.docs {
		if !m.alive {
			e.b = append(e.b, 0)
			continue
		}
		e.b = append(e.b, 1, byte(m.state))
		e.uint(m.id)
		e.str(m.title)
		e.strs(m.tags)
		e.strs(m.ftags)
		e.str(m.source)
		e.strs(m.colors)
		e.int(int64(m.day))
		e.int(m.added)
	}
	e.uint(uint64(len(ix.voc.words)))
	for id, w := range ix.voc.words {
		e.str(w)
		l := ix.post.lists[id]
		e.uint(uint64(l.df))
		e.uint(uint64(l.last))
		e.bytes(l.data)
	}
	for _, ids := range [][]uint32{ix.voc.sorted, ix.voc.pending} {
		e.uint(uint64(len(ids)))
		for _, id := range ids {
			e.uint(uint64(id))
		}
	}
	return appendCRC(e.b), nil
}

func appendCRC(b []byte) []byte {
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// UnmarshalBinary replaces the index's contents with data written by
// MarshalBinary. It returns an error wrapping ErrVersion for another format
// version and ErrCorrupt for damaged data, leaving the index unchanged.
func (ix *Index) UnmarshalBinary(data []byte) error {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return fmt.Errorf("search: unmarshal: no index header: %w", ErrCorrupt)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return fmt.Errorf("search: unmarshal: checksum mismatch: %w", ErrCorrupt)
	}
	d := dec{b: bytes.Clone(body[len(magic):])}
	if v := d.uint("version"); d.err == nil && v != formatVersion {
		return fmt.Errorf("search: unmarshal: version %d, want %d: %w", v, formatVersion, ErrVersion)
	}
	n := New()
	n.readDocs(&d)
	n.readWords(&d)
	if d.err == nil && len(d.b) != 0 {
		d.fail("end")
	}
	if d.err != nil {
		return fmt.Errorf("search: unmarshal: %w", d.err)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.voc, ix.post, ix.docs, ix.ord, ix.dead = n.voc, n.post, n.docs, n.ord, n.dead
	return nil
}

func (ix *Index) readDocs(d *dec) {
	count := d.count("article count")
	ix.docs = make([]meta, 0, count)
	for i := 0; i < count && d.err == nil; i++ {
		if d.byte("article") == 0 {
			ix.docs = append(ix.docs, meta{})
			ix.dead++
			continue
		}
		m := meta{alive: true, state: State(d.byte("state"))}
		m.id = d.uint("id")
		m.title = d.str("title")
		m.tags = d.strs("tags")
		m.ftags = d.strs("folded tags")
		m.source = d.str("source")
		m.colors = d.strs("colours")
		m.day = int32(d.int("date"))
		m.added = d.int("added")
		if _, dup := ix.ord[m.id]; dup {
			d.fail("duplicate article id")
		}
		ix.ord[m.id] = uint32(len(ix.docs))
		ix.docs = append(ix.docs, m)
	}
}

func (ix *Index) readWords(d *dec) {
	count := d.count("word count")
	v, p := &ix.voc, &ix.post
	v.words = make([]string, 0, count)
	p.grow(0)
	for i := 0; i < count && d.err == nil; i++ {
		w := d.str("word")
		df, last := d.uint("df"), d.uint("last")
		list := d.bytes("postings")
		if _, dup := v.ids[w]; dup || w == "" || last >= uint64(len(ix.docs)) || df > uint64(len(ix.docs)) {
			d.fail("word " + w)
		}
		v.ids[w] = uint32(i)
		v.words = append(v.words, w)
		p.lists = append(p.lists, plist{data: list, last: uint32(last), df: uint32(df)})
	}
	seen := make([]bool, len(v.words))
	read := func(what string) []uint32 {
		ids := make([]uint32, 0, min(d.count(what), len(v.words)))
		for j := 0; j < cap(ids) && d.err == nil; j++ {
			id := d.uint(what)
			if id >= uint64(len(v.words)) || seen[id] {
				d.fail(what)
				break
			}
			seen[id] = true
			ids = append(ids, uint32(id))
		}
		return ids
	}
	v.sorted, v.pending = read("sorted words"), read("pending words")
	for j := 1; j < len(v.sorted) && d.err == nil; j++ {
		if strings.Compare(v.words[v.sorted[j-1]], v.words[v.sorted[j]]) >= 0 {
			d.fail("word order")
		}
	}
	if d.err == nil && len(v.sorted)+len(v.pending) != len(v.words) {
		d.fail("word order")
	}
	if d.err == nil && len(v.pending) > 0 {
		v.merge() // so that typo lookups scan no unsorted words
	}
}
