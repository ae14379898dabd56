package store

import (
	"encoding/binary"
	"errors"
	"math"
	"time"
)

// errShort means a stored record ended before its last field.
var errShort = errors.New("record ends early")

// enc appends the fields of a binary record: integers as varints, strings
// with their length first. Records have no field names, so their layout is
// fixed by the order of the calls (see codec_test.go).
type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int)     { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *enc) str(s string)  { e.uint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) bytes(p []byte) {
	e.uint(uint64(len(p)))
	e.b = append(e.b, p...)
}

func (e *enc) strs(ss []string) {
	e.uint(uint64(len(ss)))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *enc) float(f float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(f)) }

// time writes t as seconds and nanoseconds since 1970 in UTC, zero for the
// zero time; the location is not kept (the store writes UTC).
func (e *enc) time(t time.Time) {
	if t.IsZero() {
		e.uint(0)
		return
	}
	e.uint(1)
	e.b = binary.AppendVarint(e.b, t.Unix())
	e.uint(uint64(t.Nanosecond()))
}

// dec reads what enc wrote; the first error sticks and later reads return
// zero values, so a decoder checks err once at the end.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail() {
	if d.err == nil {
		d.err = errShort
	}
	d.b = nil
}

func (d *dec) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int {
	v, n := binary.Varint(d.b)
	if n <= 0 || v != int64(int(v)) {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// bytes returns the next length-prefixed field, sharing d's memory.
func (d *dec) bytes() []byte {
	n := d.uint()
	if n > uint64(len(d.b)) {
		d.fail()
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *dec) str() string { return string(d.bytes()) }

func (d *dec) strs() []string {
	n := d.uint()
	if n > uint64(len(d.b)) { // each string takes a byte at least
		d.fail()
		return nil
	}
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *dec) float() float64 {
	if len(d.b) < 8 {
		d.fail()
		return 0
	}
	f := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return f
}

func (d *dec) time() time.Time {
	if d.uint() == 0 {
		return time.Time{}
	}
	sec := int64(0)
	if v, n := binary.Varint(d.b); n > 0 {
		sec, d.b = v, d.b[n:]
	} else {
		d.fail()
	}
	nsec := d.uint()
	if nsec >= 1e9 {
		d.fail()
		return time.Time{}
	}
	return time.Unix(sec, int64(nsec)).UTC()
}
