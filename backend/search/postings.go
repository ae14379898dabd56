package search

import (
	"encoding/binary"
	"math/bits"
	"slices"
)

// postings holds, per word id, the ordinals of the articles containing the
// word: ascending, delta-encoded as uvarints, each followed by one byte of
// posting info (see info). About 2-3 bytes a posting.
type postings struct {
	lists []plist
}

// plist is one word's postings. The list and its counters sit together
// because adding a posting touches all three, for hundreds of words an
// article, mostly out of cache.
type plist struct {
	data []byte
	last uint32 // last ordinal appended
	df   uint32 // postings in the list, removed articles included
}

// df returns the number of postings of word id.
func (p *postings) df(id uint32) uint32 { return p.lists[id].df }

// list returns the encoded postings of word id.
func (p *postings) list(id uint32) []byte { return p.lists[id].data }

// info packs the fields a word occurs in (low five bits) and a bucket of its
// count in the body, bits.Len(count) up to 7 (high three bits).
func info(f Field, textCount int) byte {
	return byte(f&allFields) | byte(min(bits.Len(uint(textCount)), 7))<<5
}

func infoFields(b byte) Field { return Field(b) & allFields }

// infoCount returns a representative body count for the bucket in b.
func infoCount(b byte) int {
	if bucket := b >> 5; bucket > 0 {
		return 1 << (bucket - 1)
	}
	return 1
}

// add appends ordinal ord, which must exceed every ordinal in the list.
func (p *postings) add(id, ord uint32, b byte) {
	p.grow(int(id) + 1)
	l := &p.lists[id]
	delta := ord
	if len(l.data) > 0 {
		delta = ord - l.last
	}
	l.data = append(binary.AppendUvarint(l.data, uint64(delta)), b)
	l.last = ord
	l.df++
}

// grow makes room for n lists.
func (p *postings) grow(n int) {
	if old := len(p.lists); n > old {
		p.lists = slices.Grow(p.lists, n-old)[:n]
		clear(p.lists[old:])
	}
}

// each calls fn for every posting of list, in order. It stops quietly at a
// damaged entry, so that a corrupt list yields fewer postings, never a panic.
func each(list []byte, fn func(ord uint32, b byte)) {
	var ord uint64
	for first := true; len(list) > 0; first = false {
		delta, n := binary.Uvarint(list)
		if n <= 0 || n >= len(list) {
			return
		}
		if first {
			ord = delta
		} else {
			ord += delta
		}
		if ord > 1<<32-1 {
			return
		}
		fn(uint32(ord), list[n])
		list = list[n+1:]
	}
}
