package store

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
)

// entryFormat is the first byte of an entry in the binary layout of
// schema 2. Schema 1 stored entries as JSON, which starts with '{'; both
// are read, so a file is readable whatever its state. The binary layout
// is about a third of the JSON's size and decodes several times faster,
// and start-up decodes every entry.
const entryFormat = 1

// Bits of an entry's flags byte.
const (
	flagFavourite = 1 << iota
	flagArchived
	flagRead
	flagTrashed
	flagProgress
)

// marshalEntry encodes e in the binary layout. The ID is the record's key
// and is not repeated. Every field of Entry is written: codec_test.go
// fails when a field is added to Entry and not here.
func marshalEntry(e Entry) []byte {
	w := enc{b: make([]byte, 0, 96+len(e.Title)+len(e.URL)+len(e.Source)+len(e.Note))}
	w.b = append(w.b, entryFormat)
	var flags byte
	set := func(bit byte, on bool) {
		if on {
			flags |= bit
		}
	}
	set(flagFavourite, e.Favourite)
	set(flagArchived, e.Archived)
	set(flagRead, e.Read)
	set(flagTrashed, e.Trashed != nil)
	set(flagProgress, e.Progress != 0)
	w.b = append(w.b, flags)
	w.str(e.Title)
	w.str(e.Byline)
	w.str(e.Site)
	w.str(e.URL)
	w.str(e.Published)
	w.str(e.Lang)
	w.str(e.Dir)
	w.str(e.Source)
	// The content hash is hex of 32 bytes, kept as its bytes.
	if h, err := hex.DecodeString(e.Hash); err == nil && len(h) == 32 && hex.EncodeToString(h) == e.Hash {
		w.bytes(h)
	} else {
		w.bytes(nil)
		w.str(e.Hash)
	}
	w.int(e.Version)
	w.int(e.Paragraphs)
	w.int(e.Words)
	w.int(e.Highlights)
	w.strs(e.Tags)
	w.str(e.Note)
	if e.Progress != 0 {
		w.float(e.Progress)
	}
	w.time(e.Added)
	w.time(e.Updated)
	if e.Trashed != nil {
		w.time(*e.Trashed)
	}
	return w.b
}

// unmarshalEntry decodes an entry of either layout; id is the record's key.
func unmarshalEntry(id uint64, v []byte) (Entry, error) {
	if len(v) == 0 {
		return Entry{}, errors.New("empty entry")
	}
	if v[0] == '{' {
		var e Entry
		err := json.Unmarshal(v, &e)
		e.ID = id
		return e, err
	}
	if v[0] != entryFormat || len(v) < 2 {
		return Entry{}, fmt.Errorf("unknown entry format %d", v[0])
	}
	flags := v[1]
	r := dec{b: v[2:]}
	e := Entry{ID: id}
	e.Title = r.str()
	e.Byline = r.str()
	e.Site = r.str()
	e.URL = r.str()
	e.Published = r.str()
	e.Lang = r.str()
	e.Dir = r.str()
	e.Source = r.str()
	if h := r.bytes(); len(h) > 0 {
		e.Hash = hex.EncodeToString(h)
	} else {
		e.Hash = r.str()
	}
	e.Version = r.int()
	e.Paragraphs = r.int()
	e.Words = r.int()
	e.Highlights = r.int()
	e.Tags = r.strs()
	e.Note = r.str()
	if flags&flagProgress != 0 {
		e.Progress = r.float()
	}
	e.Added = r.time()
	e.Updated = r.time()
	if flags&flagTrashed != 0 {
		t := r.time()
		e.Trashed = &t
	}
	e.Favourite = flags&flagFavourite != 0
	e.Archived = flags&flagArchived != 0
	e.Read = flags&flagRead != 0
	if r.err != nil {
		return Entry{}, fmt.Errorf("entry: %w", r.err)
	}
	return e, nil
}
