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

// Stored bodies start with a format byte:
//
//	1 (schema 1): flate-compressed JSON of the blocks' kinds and texts.
//	2 (schema 2): flate-compressed binary: the block count, then per block
//	   its kind (one byte, see kindCodes), text and picture key.
//
// Both are read; only the second is written. The canonical text and the
// block offsets are derived on reading, so the text is stored once.
const (
	bodyJSON   = 1
	bodyBinary = 2
)

// bodyLevel is the flate level of bodies. Imports compress every article
// on the parsing cores, so it is a trade of import speed for file size;
// see BenchmarkEncodeBody for the figures of each level on news text.
const bodyLevel = flate.BestSpeed

// kindCodes numbers the block kinds in stored bodies; 0 is followed by the
// kind's name, for kinds added later.
var kindCodes = []model.Kind{"", model.Paragraph, model.Heading, model.Quote, model.ListItem, model.Caption, model.Figure}

// writers and readers reuse flate state: a writer holds about 600 KB of
// tables and a reader about 40 KB, and allocating them per article made
// imports spend their time in the GC.
var (
	writers = newEncoder(bodyLevel)
	readers = sync.Pool{New: func() any { return flate.NewReader(bytes.NewReader(nil)) }}
)

// encoder compresses bodies at one flate level with pooled writers.
type encoder struct{ pool sync.Pool }

func newEncoder(level int) *encoder {
	return &encoder{pool: sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, level)
		return w
	}}}
}

// EncodeBody compresses blocks into the stored body format. Importers call
// it (through Prepare) from their parsing goroutines so that writes only
// copy bytes.
func EncodeBody(blocks []model.Block) ([]byte, error) { return writers.encode(blocks) }

func (e *encoder) encode(blocks []model.Block) ([]byte, error) {
	raw := enc{b: make([]byte, 0, 64+bodyLen(blocks))}
	raw.uint(uint64(len(blocks)))
	for _, b := range blocks {
		code := kindCode(b.Kind)
		raw.b = append(raw.b, code)
		if code == 0 {
			raw.str(string(b.Kind))
		}
		raw.str(b.Text)
		raw.str(b.Image)
	}
	out := bytes.NewBuffer(make([]byte, 0, 1+len(raw.b)/2))
	out.WriteByte(bodyBinary)
	zw := e.pool.Get().(*flate.Writer)
	defer e.pool.Put(zw)
	zw.Reset(out)
	if _, err := zw.Write(raw.b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func bodyLen(blocks []model.Block) int {
	n := 0
	for _, b := range blocks {
		n += len(b.Text) + len(b.Image) + 4
	}
	return n
}

func kindCode(k model.Kind) byte {
	for i, c := range kindCodes[1:] {
		if c == k {
			return byte(i + 1)
		}
	}
	return 0
}

// decodeBody reads a stored body of either format.
func decodeBody(data []byte) (Body, error) {
	if len(data) == 0 || (data[0] != bodyJSON && data[0] != bodyBinary) {
		return Body{}, errors.New("unknown body format")
	}
	raw, err := inflate(data[1:])
	if err != nil {
		return Body{}, fmt.Errorf("decompress body: %w", err)
	}
	var blocks []model.Block
	if data[0] == bodyJSON {
		blocks, err = jsonBlocks(raw)
	} else {
		blocks, err = binaryBlocks(raw)
	}
	if err != nil {
		return Body{}, fmt.Errorf("decode body: %w", err)
	}
	a := model.Article{Blocks: blocks, Dir: "ltr"}
	a.Normalize()
	return Body{Blocks: a.Blocks, Text: a.Text}, nil
}

func inflate(data []byte) ([]byte, error) {
	zr := readers.Get().(io.ReadCloser)
	defer readers.Put(zr)
	if err := zr.(flate.Resetter).Reset(bytes.NewReader(data), nil); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(3 * len(data))
	_, err := buf.ReadFrom(zr)
	return buf.Bytes(), err
}

func binaryBlocks(raw []byte) ([]model.Block, error) {
	r := dec{b: raw}
	n := r.uint()
	if n > uint64(len(raw)) {
		return nil, errShort
	}
	blocks := make([]model.Block, 0, n)
	for range n {
		var b model.Block
		code := byte(0)
		if len(r.b) > 0 {
			code, r.b = r.b[0], r.b[1:]
		} else {
			r.fail()
		}
		switch {
		case code == 0:
			b.Kind = model.Kind(r.str())
		case int(code) < len(kindCodes):
			b.Kind = kindCodes[code]
		default:
			return nil, fmt.Errorf("unknown block kind %d", code)
		}
		b.Text = r.str()
		b.Image = r.str()
		blocks = append(blocks, b)
	}
	return blocks, r.err
}

// jsonBlocks reads the blocks of a schema 1 body.
func jsonBlocks(raw []byte) ([]model.Block, error) {
	var sb []struct {
		K model.Kind `json:"k"`
		T string     `json:"t"`
	}
	if err := json.Unmarshal(raw, &sb); err != nil {
		return nil, err
	}
	blocks := make([]model.Block, len(sb))
	for i, b := range sb {
		blocks[i] = model.Block{Kind: b.K, Text: b.T}
	}
	return blocks, nil
}
