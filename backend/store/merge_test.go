package store

import (
	"errors"
	"testing"
)

// Ensure that PutHighlights stores many highlights in one go with fresh IDs
// and the articles' counts, and writes nothing when one article is missing.
func TestStore_PutHighlights(t *testing.T) {
	s := mustOpen(t)
	if _, err := s.Add(docs("a.txt", article("One", "First text here."), article("Two", "Second text here."))); err != nil {
		t.Fatal(err)
	}
	out, err := s.PutHighlights([]Highlight{
		{ArticleID: 1, Exact: "First", Start: 0, End: 5},
		{ArticleID: 1, Exact: "text", Start: 6, End: 10},
		{ArticleID: 2, Exact: "Second", Start: 0, End: 6},
	})
	if err != nil || len(out) != 3 || out[0].ID == 0 || out[0].ID == out[1].ID || out[0].Created.IsZero() {
		t.Fatalf("PutHighlights = %+v, %v", out, err)
	}
	if e, _, _ := s.Get(1); e.Highlights != 2 {
		t.Errorf("article 1 counts %d highlights, want 2", e.Highlights)
	}
	_, err = s.PutHighlights([]Highlight{{ArticleID: 2, Exact: "text"}, {ArticleID: 9, Exact: "x"}})
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("missing article: %v, want ErrNotFound", err)
	}
	if hs, _ := s.Highlights(2); len(hs) != 1 {
		t.Errorf("article 2 has %d highlights after a refused batch, want 1", len(hs))
	}
}

// Ensure that Revise stores the next version of an article, keeping the
// old body and the reader's state, and that known content is a duplicate.
func TestStore_Revise(t *testing.T) {
	s := mustOpen(t)
	if _, err := s.Add(docs("clips.txt", article("A Book", "A quote."))); err != nil {
		t.Fatal(err)
	}
	s.AddTags([]uint64{1}, []string{"books"})
	added, err := s.Revise(1, Doc{Source: "clips.txt", Article: article("A Book", "A quote.", "Another quote.")})
	if err != nil || added.Duplicate || added.Version != 2 {
		t.Fatalf("Revise = %+v, %v", added, err)
	}
	e, b, _ := s.Get(1)
	if e.Version != 2 || len(e.Tags) != 1 || b.Text != "A quote.\n\nAnother quote." {
		t.Errorf("after Revise: %+v %q", e, b.Text)
	}
	again, err := s.Revise(1, Doc{Source: "clips.txt", Article: article("A Book", "A quote.", "Another quote.")})
	if err != nil || !again.Duplicate {
		t.Errorf("same text again = %+v, %v; want a duplicate", again, err)
	}
}
