package store

import (
	"compress/flate"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/model"
)

// bbcBodies reads the corpus' BBC articles as blocks, skipping when the
// corpus is not beside the checkout.
func bbcBodies(b *testing.B) [][]model.Block {
	root := filepath.Join("..", "..", "..", "shared", "corpus", "bbc")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("corpus not found at %s", root)
	}
	var out [][]model.Block
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var blocks []model.Block
		for i, p := range strings.Split(strings.ReplaceAll(string(data), "\r", ""), "\n\n") {
			kind := model.Paragraph
			if i == 0 {
				kind = model.Heading
			}
			if p = strings.TrimSpace(p); p != "" {
				blocks = append(blocks, model.Block{Kind: kind, Text: p})
			}
		}
		out = append(out, blocks)
	}
	return out
}

// BenchmarkEncodeBody measures body compression on news articles at each
// flate level, with the stored size as a share of the text's.
func BenchmarkEncodeBody(b *testing.B) {
	bodies := bbcBodies(b)
	for _, level := range []int{flate.BestSpeed, 2, 4, flate.DefaultCompression} {
		b.Run(fmt.Sprintf("level=%d", level), func(b *testing.B) {
			e := newEncoder(level)
			var text, stored int
			i := 0
			for b.Loop() {
				blocks := bodies[i%len(bodies)]
				i++
				data, err := e.encode(blocks)
				if err != nil {
					b.Fatal(err)
				}
				stored += len(data)
				for _, bl := range blocks {
					text += len(bl.Text)
				}
			}
			b.ReportMetric(float64(stored)/float64(text), "stored/text")
		})
	}
}
