package finder

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/store"
)

// startupArticles is the size of the library the start-up test opens.
const startupArticles = 100_000

// Ensure that opening a library of 100,000 articles loads the titles from
// the articles bucket and the search index from its saved image: nothing
// is rebuilt, only the articles changed after the save are indexed again.
func TestFinder_Open_LoadsSavedIndex(t *testing.T) {
	n := startupArticles
	if raceEnabled || testing.Short() {
		n /= 10
	}
	path := filepath.Join(t.TempDir(), "library.db")
	lib := openLib(t, path)
	f := Open(lib)
	f.Ready()
	var docs []store.Doc
	for i := range n {
		a := model.New(fmt.Sprintf("Headline number %d", i), []model.Block{
			{Kind: model.Paragraph, Text: fmt.Sprintf("Body text of article %d, about topic%d.", i, i%97)},
		})
		docs = append(docs, store.Doc{Source: "news.txt", Article: a})
		if len(docs) == 5000 || i == n-1 {
			if _, err := lib.Add(docs); err != nil {
				t.Fatal(err)
			}
			docs = docs[:0]
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.AddTags([]uint64{7}, []string{"later"}); err != nil {
		t.Fatal(err)
	}
	lib.Store().Close()

	start := time.Now()
	lib2 := openLib(t, path)
	listed := time.Since(start)
	page, err := lib2.Query(library.Query{Limit: 50})
	if err != nil || page.Total != n || page.Items[0].Title != fmt.Sprintf("Headline number %d", n-1) {
		t.Fatalf("first page after reopening: %d articles, %v; want %d, newest first", page.Total, err, n)
	}
	f2 := Open(lib2)
	got := f2.Loaded()
	t.Logf("%d articles: list loaded in %v, index in %v", n, listed, got.Took)
	if got.Rebuilt || got.Stale != 1 {
		t.Errorf("index at start-up: %+v; want the saved image, with only the article tagged after the save indexed again", got)
	}
	if r, err := f2.Search("tag:later", 10); err != nil || len(r) != 1 || r[0].ID != 7 {
		t.Errorf("search of the change made after the save = %v, %v; want article 7", r, err)
	}
	if r, err := f2.Search(fmt.Sprintf("topic%d", 13), 5); err != nil || len(r) != 5 {
		t.Errorf("search of the loaded index = %d results, %v; want 5", len(r), err)
	}
}
