package library

import (
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"gloss/backend/model"
	"gloss/backend/store"
)

func mustLibrary(t testing.TB, n int) *Library {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l, err := Open(st)
	if err != nil {
		t.Fatal(err)
	}
	var docs []store.Doc
	for i := 1; i <= n; i++ {
		a := model.New(fmt.Sprintf("Title %03d", (i*37)%n), []model.Block{{Kind: model.Paragraph, Text: fmt.Sprintf("Body of article %d.", i)}})
		a.Published = fmt.Sprintf("2024-01-%02d", i%28+1)
		docs = append(docs, store.Doc{Source: "src.txt", Article: a})
	}
	if _, err := l.Add(docs); err != nil {
		t.Fatal(err)
	}
	return l
}

func ids(p Page) []uint64 {
	var out []uint64
	for _, e := range p.Items {
		out = append(out, e.ID)
	}
	return out
}

// Ensure that views, flags and pages select and order the right articles.
func TestLibrary_Query(t *testing.T) {
	l := mustLibrary(t, 10)
	l.SetFlag([]uint64{1, 2}, "favourite", true)
	l.SetFlag([]uint64{3}, "archived", true)
	l.SetFlag([]uint64{4}, "read", true)
	l.Trash([]uint64{5})
	l.AddTags([]uint64{6, 7}, []string{"gaza"})
	tests := []struct {
		q         Query
		total     int
		wantFirst []uint64
	}{
		{Query{}, 9, []uint64{10, 9, 8}},
		{Query{Reverse: true, Limit: 2}, 9, []uint64{1, 2}},
		{Query{View: ViewUnread}, 7, []uint64{10}},
		{Query{View: ViewFavourites}, 2, []uint64{2, 1}},
		{Query{View: ViewArchive}, 1, []uint64{3}},
		{Query{View: ViewTrash}, 1, []uint64{5}},
		{Query{Tag: "gaza"}, 2, []uint64{7, 6}},
		{Query{Offset: 8, Limit: 5}, 9, []uint64{1}},
		{Query{Offset: 20}, 9, nil},
		{Query{Source: "src.txt", Limit: 1}, 9, []uint64{10}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+v", tt.q), func(t *testing.T) {
			p, err := l.Query(tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got := ids(p)
			if p.Total != tt.total || fmt.Sprint(got[:min(len(got), len(tt.wantFirst))]) != fmt.Sprint(tt.wantFirst) {
				t.Errorf("got total %d, ids %v; want %d, starting %v", p.Total, got, tt.total, tt.wantFirst)
			}
		})
	}
}

// Ensure that ordering by title matches a full sort, page by page.
func TestLibrary_Query_SortTitle(t *testing.T) {
	l := mustLibrary(t, 50)
	var titles []string
	for off := 0; off < 50; off += 7 {
		p, err := l.Query(Query{Sort: SortTitle, Offset: off, Limit: 7})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range p.Items {
			titles = append(titles, e.Title)
		}
	}
	for i := range titles {
		if want := fmt.Sprintf("Title %03d", i); titles[i] != want {
			t.Fatalf("title %d = %q, want %q", i, titles[i], want)
		}
	}
}

// Ensure that bad queries are refused.
func TestLibrary_Query_Bad(t *testing.T) {
	l := mustLibrary(t, 1)
	for _, q := range []Query{{View: "nope"}, {Sort: "nope"}, {Limit: MaxLimit + 1}, {Offset: -1}} {
		if _, err := l.Query(q); !errors.Is(err, ErrBadQuery) {
			t.Errorf("Query(%+v) error = %v, want ErrBadQuery", q, err)
		}
	}
}

// Ensure that counts follow changes, and tag renames reach the view.
func TestLibrary_Counts(t *testing.T) {
	l := mustLibrary(t, 4)
	l.AddTags([]uint64{1, 2}, []string{"war"})
	l.Trash([]uint64{2})
	l.SetFlag([]uint64{3}, "read", true)
	if _, err := l.RenameTag("war", "conflict"); err != nil {
		t.Fatal(err)
	}
	c := l.Counts()
	if c.All != 3 || c.Unread != 2 || c.Trash != 1 {
		t.Errorf("counts = %+v, want 3 all, 2 unread, 1 trash", c)
	}
	if len(c.Tags) != 1 || c.Tags[0] != (Count{"conflict", 1}) {
		t.Errorf("tags = %+v, want conflict:1 (the trashed one not counted)", c.Tags)
	}
	if e, _ := l.Get(2); len(e.Tags) != 1 || e.Tags[0] != "conflict" {
		t.Errorf("article 2 tags = %v, want [conflict]", e.Tags)
	}
}

// Ensure that reading to the end marks an article read, and bad progress is refused.
func TestLibrary_SetProgress(t *testing.T) {
	l := mustLibrary(t, 1)
	if e, err := l.SetProgress(1, 1); err != nil || !e.Read || e.Progress != 1 {
		t.Errorf("SetProgress(1) = %+v, %v; want read", e, err)
	}
	if _, err := l.SetProgress(1, 2); !errors.Is(err, ErrBadQuery) {
		t.Errorf("SetProgress(2) error = %v, want ErrBadQuery", err)
	}
}

func BenchmarkLibrary_Query(b *testing.B) {
	l := mustLibrary(b, 20000)
	for _, q := range []Query{{}, {Sort: SortTitle}, {View: ViewUnread, Sort: SortPublished}} {
		b.Run(q.Sort, func(b *testing.B) {
			for b.Loop() {
				if _, err := l.Query(q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
