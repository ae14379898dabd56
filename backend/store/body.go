package store

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"errors"
	"fmt"
	"io"

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

func encodeBody(blocks []model.Block) ([]byte, error) {
	sb := make([]storedBlock, len(blocks))
	for i, b := range blocks {
		sb[i] = storedBlock{K: b.Kind, T: b.Text}
	}
	var buf bytes.Buffer
	buf.WriteByte(bodyFormat)
	zw, _ := flate.NewWriter(&buf, flate.BestSpeed)
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
