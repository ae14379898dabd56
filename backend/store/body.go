package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"gloss/backend/model"
)

// bodyFormat is the first byte of a stored body: flate-compressed JSON of
// the blocks' kinds and texts (BestSpeed: imports are bound by it, and
// the better levels gain little on prose). The canonical text and the block offsets
// are derived on reading, so the text is stored once, compressed: news
// prose compresses about threefold, which keeps the library file smaller
// than the raw text even with the search index in it.
const bodyFormat = 1

// storedBlock is a block as written: offsets are recomputed on reading.
type storedBlock struct {
	K model.Kind `json:"k"`
	T string     `json:"t"`
}

// writers reuses flate writers: each holds about 600 KB of tables, and
// allocating one per article made imports spend their time in the GC.
var writers = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, flate.BestSpeed)
	return w
}}

// EncodeBody compresses blocks into the stored body format. Importers call
// it from their parsing goroutines so that writes only copy bytes.
func EncodeBody(blocks []model.Block) ([]byte, error) {
	sb := make([]storedBlock, len(blocks))
	for i, b := range blocks {
		sb[i] = storedBlock{K: b.Kind, T: b.Text}
	}
	var buf bytes.Buffer
	buf.WriteByte(bodyFormat)
	zw := writers.Get().(*flate.Writer)
	defer writers.Put(zw)
	zw.Reset(&buf)
	if err := json.NewEncoder(zw).Encode(sb); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func decodeBody(data []byte) (Body, error) {
	if len(data) == 0 || data[0] != bodyFormat {
		return Body{}, errors.New("unknown body format")
	}
	raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(data[1:])))
	if err != nil {
		return Body{}, fmt.Errorf("decompress body: %w", err)
	}
	var sb []storedBlock
	if err := json.Unmarshal(raw, &sb); err != nil {
		return Body{}, fmt.Errorf("decode body: %w", err)
	}
	a := model.Article{Blocks: make([]model.Block, len(sb)), Dir: "ltr"}
	for i, b := range sb {
		a.Blocks[i] = model.Block{Kind: b.K, Text: b.T}
	}
	a.Normalize()
	return Body{Blocks: a.Blocks, Text: a.Text}, nil
}

// encodeBody is EncodeBody, for the package's own writers.
var encodeBody = EncodeBody
