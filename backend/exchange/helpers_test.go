package exchange

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared test corpus, beside the project root.
const corpusDir = "../../../shared/corpus"

// corpus returns the path of a corpus file, skipping the test when the
// corpus is absent.
func corpus(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{corpusDir}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("corpus absent (%v): the shared corpus is not beside this checkout", err)
	}
	return p
}

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// checkItems asserts the invariants every parser keeps: titles are set,
// offsets are -1 or an ordered pair, and where an item has an Article,
// every anchored quote is exactly the text at its offsets.
func checkItems(tb testing.TB, items []Item) {
	tb.Helper()
	for i, it := range items {
		var runes []rune
		if it.Article != nil {
			runes = []rune(it.Article.Text)
		}
		for j, h := range it.Highlights {
			switch {
			case h.Start == -1 && h.End == -1:
			case h.Start < 0 || h.End < h.Start:
				tb.Fatalf("item %d highlight %d: offsets %d,%d", i, j, h.Start, h.End)
			case it.Article != nil && (h.End > len(runes) || string(runes[h.Start:h.End]) != h.Quote):
				tb.Fatalf("item %d highlight %d: text at %d,%d is not the quote %q", i, j, h.Start, h.End, h.Quote)
			}
		}
	}
}

// checkTitles asserts that Parse left no item without a title.
func checkTitles(tb testing.TB, items []Item) {
	tb.Helper()
	for i, it := range items {
		if it.Title == "" {
			tb.Fatalf("item %d has no title", i)
		}
	}
}
