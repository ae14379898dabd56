package exchange

import (
	"fmt"
	"strings"
	"testing"
)

// bigClippings returns a "My Clippings.txt" of n highlights, each with a
// note, over ten books: the size of a heavy reader's Kindle after years.
func bigClippings(n int) []byte {
	var sb strings.Builder
	for i := range n {
		book := fmt.Sprintf("Book %d (Author %d)", i%10, i%10)
		loc := i*10 + 1
		fmt.Fprintf(&sb, "%s\r\n- Your Highlight on page %d | Location %d-%d | Added on Monday, March 4, 2024 9:05:01 AM\r\n\r\nHighlight number %d, a sentence of ordinary length for a book.\r\n==========\r\n",
			book, i/3, loc, loc+3, i)
		fmt.Fprintf(&sb, "%s\r\n- Your Note on page %d | Location %d | Added on Monday, March 4, 2024 9:05:09 AM\r\n\r\nNote %d\r\n==========\r\n",
			book, i/3, loc+3, i)
	}
	return []byte(sb.String())
}

func BenchmarkParse_Kindle(b *testing.B) {
	data := bigClippings(20000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, items, err := Parse("big.txt", data); err != nil || len(items) != 10 {
			b.Fatal(len(items), err)
		}
	}
}

// Ensure that a large export stays linear: notes all find their highlight.
func TestParse_KindleLarge(t *testing.T) {
	_, items, err := Parse("big.txt", bigClippings(5000))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		for _, h := range it.Highlights {
			if h.Note == "" || h.Quote == "" {
				t.Fatalf("%s: highlight %q has note %q", it.Title, h.Quote, h.Note)
			}
		}
	}
	checkItems(t, items)
}
