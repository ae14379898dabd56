package store

import (
	"bytes"
	"encoding/binary"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// binaryRecords upgrades schema 1 to 2: entries from JSON to the binary
// layout (entrycodec.go), which start-up decodes several times faster.
// Bodies and old versions keep the format they were written in and read
// as before: rewriting them all in the one transaction of an upgrade held
// about a gigabyte of memory at 100,000 articles, for a tenth of their
// size. Keys do not change.
func binaryRecords(tx *bolt.Tx) error {
	return rewrite(tx.Bucket(bucketArticles), func(k, v []byte) ([]byte, error) {
		if len(v) == 0 || v[0] != '{' {
			return nil, nil
		}
		e, err := unmarshalEntry(binary.BigEndian.Uint64(k), v)
		if err != nil {
			return nil, fmt.Errorf("article %d: %w", binary.BigEndian.Uint64(k), err)
		}
		return marshalEntry(e), nil
	})
}

// rewriteChunk is how many records rewrite reads before writing them back:
// a bucket must not change under a cursor walking it.
const rewriteChunk = 1000

// rewrite replaces the value of every key of b for which fn returns a new
// one (nil keeps the value), in key order.
func rewrite(b *bolt.Bucket, fn func(k, v []byte) ([]byte, error)) error {
	type record struct{ k, v []byte }
	var next []byte // first key not yet read; nil before the first chunk
	for first := true; first || next != nil; first = false {
		var chunk []record
		c := b.Cursor()
		k, v := c.First()
		if next != nil {
			k, v = c.Seek(next)
		}
		for ; k != nil && len(chunk) < rewriteChunk; k, v = c.Next() {
			if v == nil {
				continue // a nested bucket
			}
			nv, err := fn(k, v)
			if err != nil {
				return err
			}
			if nv != nil {
				chunk = append(chunk, record{bytes.Clone(k), nv})
			}
		}
		next = bytes.Clone(k)
		for _, r := range chunk {
			if err := b.Put(r.k, r.v); err != nil {
				return err
			}
		}
	}
	return nil
}
