package export

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchArticles returns 100 articles of 100 highlights each.
func benchArticles() []Article {
	arts := make([]Article, 100)
	para := strings.Repeat("Words of a long news article, with some *marks* and #signs. ", 20)
	for i := range arts {
		a := Article{ID: uint64(i + 1), Title: fmt.Sprintf("Article %d: a title", i), Site: "Example", URL: "https://example.org/a", Text: para}
		for j := range 100 {
			a.Highlights = append(a.Highlights, Highlight{
				ID: uint64(i*100 + j + 1), Exact: para[j : j+60], Prefix: para[:32], Suffix: para[100:132],
				Start: j, End: j + 60, ColorName: "Key point", Note: "A note.", Tags: []string{"tag one"},
				Created: time.Unix(1e9, 0), Updated: time.Unix(1e9, 0),
			})
		}
		arts[i] = a
	}
	return arts
}

// BenchmarkRender exports 10,000 highlights in every format.
func BenchmarkRender(b *testing.B) {
	arts := benchArticles()
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Render(f, arts, Options{OneFile: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWrite_Markdown writes 100 files of 100 highlights, then
// rewrites them in place (the re-export path).
func BenchmarkWrite_Markdown(b *testing.B) {
	arts := benchArticles()
	dir := b.TempDir()
	for b.Loop() {
		if _, err := Write(dir, Markdown, arts, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
