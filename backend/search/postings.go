package search

import (
	"encoding/binary"
	"math/bits"
)

// postings holds, per word id, the ordinals of the articles containing the
// word: ascending, delta-encoded as uvarints, each followed by one byte of
// posting info (see info). About 2-3 bytes a posting.
type postings struct {
	lists [][]byte
	last  []uint32 // last ordinal appended to each list
	df    []uint32 // postings in each list, removed articles included
}

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
	delta := ord
	if len(p.lists[id]) > 0 {
		delta = ord - p.last[id]
	}
	l := binary.AppendUvarint(p.lists[id], uint64(delta))
	p.lists[id] = append(l, b)
	p.last[id] = ord
	p.df[id]++
}

// grow makes room for n lists.
func (p *postings) grow(n int) {
	for len(p.lists) < n {
		p.lists = append(p.lists, nil)
		p.last = append(p.last, 0)
		p.df = append(p.df, 0)
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
