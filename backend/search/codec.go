package search

import (
	"encoding/binary"
	"fmt"
)

// enc appends the parts of the saved format.
type enc struct{ b []byte }

func (e *enc) uint(v uint64)  { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)    { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) bytes(p []byte) { e.uint(uint64(len(p))); e.b = append(e.b, p...) }
func (e *enc) str(s string)   { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

// dec reads what enc wrote. The first error sticks; reads after it return
// zero values, so callers check err once at the end of a section.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("search: read %s: %w", what, ErrCorrupt)
	}
	d.b = nil
}

func (d *dec) uint(what string) uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int(what string) int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail(what)
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a count of items each at least one byte long, so a damaged
// count cannot make the reader allocate more than the input.
func (d *dec) count(what string) int {
	v := d.uint(what)
	if v > uint64(len(d.b)) {
		d.fail(what)
		return 0
	}
	return int(v)
}

// bytes returns the next length-prefixed bytes, sharing d's buffer with the
// capacity capped, so appending to them copies.
func (d *dec) bytes(what string) []byte {
	n := d.count(what)
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *dec) str(what string) string { return string(d.bytes(what)) }

func (d *dec) strs(what string) []string {
	n := d.count(what)
	var out []string
	for i := 0; i < n && d.err == nil; i++ {
		out = append(out, d.str(what))
	}
	return out
}

func (d *dec) byte(what string) byte {
	if len(d.b) == 0 {
		d.fail(what)
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}
