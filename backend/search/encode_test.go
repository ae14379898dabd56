package search

import (
	"errors"
	"reflect"
	"testing"
)

// Ensure that a saved and loaded index answers exactly like the original,
// and keeps accepting new articles.
func TestIndex_MarshalRoundTrip(t *testing.T) {
	docs := randomCorpus(5, 80)
	ix, src := build(docs)
	ix.Remove(3)
	data, err := ix.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	loaded := New()
	if err := loaded.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if got, want := loaded.Len(), ix.Len(); got != want {
		t.Errorf("Len: got %d, want %d", got, want)
	}
	for _, q := range []string{"gaza wter", `"west bank"`, "conf", "syrain -oil", "tag:cafe", "is:read aid", ""} {
		want, _ := ix.Search(q, Options{Limit: 100, Source: src})
		got, _ := loaded.Search(q, Options{Limit: 100, Source: src})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %v, want %v", q, ids(got), ids(want))
		}
	}
	for _, x := range []*Index{ix, loaded} {
		x.Put(Doc{ID: 1000, Title: "zanzibar", Text: "gaza"})
		x.Put(Doc{ID: 1, Title: "replaced"})
	}
	for _, q := range []string{"zanzibar", "gaza", "replaced"} {
		want, _ := ix.Search(q, Options{Limit: 100})
		got, _ := loaded.Search(q, Options{Limit: 100})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("after Put, %q: got %v, want %v", q, ids(got), ids(want))
		}
	}
}

// Ensure that every truncation and a flipped byte give an error, not a
// panic, and leave the index as it was.
func TestIndex_UnmarshalCorrupt(t *testing.T) {
	ix, _ := build(small())
	data, _ := ix.MarshalBinary()
	target, _ := build(small()[:1])
	for n := 0; n < len(data); n++ {
		if err := target.UnmarshalBinary(data[:n]); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("truncated to %d bytes: got %v, want ErrCorrupt", n, err)
		}
	}
	for i := range data {
		bad := append([]byte(nil), data...)
		bad[i] ^= 0x40
		if err := target.UnmarshalBinary(bad); err == nil {
			t.Fatalf("byte %d flipped: got no error", i)
		}
	}
	if target.Len() != 1 {
		t.Errorf("Len after failed loads: got %d, want 1", target.Len())
	}
}

func TestIndex_UnmarshalVersion(t *testing.T) {
	e := enc{b: []byte(magic)}
	e.uint(formatVersion + 1)
	data := appendCRC(e.b)
	if err := New().UnmarshalBinary(data); !errors.Is(err, ErrVersion) {
		t.Errorf("got %v, want ErrVersion", err)
	}
}

// FuzzUnmarshal feeds damaged indexes, with a valid checksum so the parser
// itself is exercised.
func FuzzUnmarshal(f *testing.F) {
	ix, _ := build(randomCorpus(9, 5))
	data, _ := ix.MarshalBinary()
	f.Add(data[:len(data)-4])
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, body []byte) {
		x := New()
		if err := x.UnmarshalBinary(appendCRC(body)); err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrVersion) {
				t.Fatalf("got %v, want ErrCorrupt or ErrVersion", err)
			}
			return
		}
		for _, q := range []string{"gaza", "conf wter", "", `"west bank" -aid`} {
			if _, err := x.Search(q, Options{}); err != nil {
				t.Fatal(err)
			}
		}
		x.Put(Doc{ID: 1, Title: "gaza water"})
		x.Remove(2)
	})
}
