package search

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// bbcDir is the shared BBC corpus, read in place.
const bbcDir = "../../../shared/corpus/bbc"

// loadBBC returns the BBC articles (first line title, blank line,
// paragraphs), IDs from 1 in path order, or skips the test without them.
func loadBBC(tb testing.TB) []Doc {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(bbcDir, "*", "*.txt"))
	if len(paths) == 0 {
		tb.Skipf("BBC corpus not found at %s; these tests need /work/shared/corpus/bbc", bbcDir)
	}
	slices.Sort(paths)
	docs := make([]Doc, 0, len(paths))
	base := time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		if !utf8.Valid(raw) {
			if raw, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
				tb.Fatal(err)
			}
		}
		title, body, _ := strings.Cut(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
		var paras []string
		for _, para := range strings.Split(body, "\n") {
			if para = strings.TrimSpace(para); para != "" {
				paras = append(paras, para)
			}
		}
		docs = append(docs, Doc{
			ID: uint64(i + 1), Title: strings.TrimSpace(title), Text: strings.Join(paras, "\n\n"),
			Source: "bbc.co.uk/" + filepath.Base(filepath.Dir(p)),
			Tags:   []string{filepath.Base(filepath.Dir(p))},
			Added:  base.Add(time.Duration(i) * time.Hour),
		})
	}
	return docs
}

// synthetic returns article i of a made-up library of about 5 KB articles,
// each joining two BBC articles under a title varied by a third one's
// words; made on demand so that 100,000 of them need not sit in memory.
func synthetic(bbc []Doc, i int) Doc {
	a, b, c := bbc[i%len(bbc)], bbc[(i*7+3)%len(bbc)], bbc[(i*13+5)%len(bbc)]
	extra := strings.Fields(c.Title)
	d := a
	d.ID = uint64(i + 1)
	d.Title = fmt.Sprintf("%s: %s %d", a.Title, extra[i%len(extra)], i/len(bbc))
	d.Text = a.Text + "\n\n" + b.Text
	d.Added = a.Added.Add(time.Duration(i) * time.Minute)
	return d
}

// build returns an index of docs and a TextSource over them.
func build(docs []Doc) (*Index, TextSource) {
	ix := New()
	byID := make(map[uint64]Doc, len(docs))
	for _, d := range docs {
		ix.Put(d)
		byID[d.ID] = d
	}
	return ix, func(id uint64) (Doc, error) {
		d, ok := byID[id]
		if !ok {
			return Doc{}, fmt.Errorf("no article %d", id)
		}
		return d, nil
	}
}

// ids returns the IDs of rs in order.
func ids(rs Results) []uint64 {
	out := make([]uint64, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}
