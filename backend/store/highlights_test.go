package store

import (
	"errors"
	"testing"
)

// Ensure that highlights are stored under their article, counted, edited
// with their created time kept, deleted and put back (undo).
func TestStore_Highlights(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Alpha beta gamma."), article("B", "Delta."))
	h, err := s.PutHighlight(Highlight{ArticleID: 1, Exact: "beta", Start: 6, End: 10, Color: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutHighlight(Highlight{ArticleID: 2, Exact: "Delta", Start: 0, End: 5}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutHighlight(Highlight{ArticleID: 9, Exact: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("highlight on a missing article: %v, want ErrNotFound", err)
	}
	h.Note = "a note"
	edited, err := s.PutHighlight(h)
	if err != nil || !edited.Created.Equal(h.Created) || edited.Note != "a note" {
		t.Fatalf("edit = %+v, %v; want created kept and the note", edited, err)
	}
	list, _ := s.Highlights(1)
	if len(list) != 1 || list[0].Exact != "beta" {
		t.Fatalf("Highlights(1) = %+v, want the one highlight of article 1", list)
	}
	if e, _, _ := s.Get(1); e.Highlights != 1 {
		t.Errorf("article 1 counts %d highlights, want 1", e.Highlights)
	}
	deleted, err := s.DeleteHighlight(1, h.ID)
	if err != nil {
		t.Fatal(err)
	}
	if e, _, _ := s.Get(1); e.Highlights != 0 {
		t.Errorf("after delete article 1 counts %d, want 0", e.Highlights)
	}
	back, err := s.PutHighlight(deleted)
	if err != nil || back.ID != h.ID || !back.Created.Equal(h.Created) {
		t.Errorf("undo = %+v, %v; want the same ID and created time", back, err)
	}
	n := 0
	s.AllHighlights(func(Highlight) { n++ })
	if n != 2 {
		t.Errorf("AllHighlights saw %d, want 2", n)
	}
	s.Trash([]uint64{1})
	s.Purge([]uint64{1})
	if list, _ := s.Highlights(1); len(list) != 0 {
		t.Errorf("purged article keeps %d highlights", len(list))
	}
}
