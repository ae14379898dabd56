package app

import (
	"errors"
	"testing"

	"gloss/backend/notes"
)

// Ensure that highlights made through the API come back in text order, in
// the library-wide list with their article, and that delete can be undone.
func TestNotes_API(t *testing.T) {
	l := mustLibrary(t)
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	n := NewNotes(l, nil)
	late, err := n.Create(1, 30, 40, notes.Edit{Color: 2, Tags: []string{"x"}})
	if err != nil {
		t.Fatal(err)
	}
	early, err := n.Create(1, 4, 9, notes.Edit{Note: "first"})
	if err != nil {
		t.Fatal(err)
	}
	list, _ := n.ForArticle(1)
	if len(list) != 2 || list[0].ID != early.ID || list[1].ID != late.ID {
		t.Fatalf("ForArticle = %+v, want text order", list)
	}
	page, err := n.All(NotesQuery{Color: 2})
	if err != nil || page.Total != 1 || page.Items[0].Article != "First headline here" || page.Items[0].Source != "two.txt" {
		t.Fatalf("All(colour 2) = %+v, %v", page, err)
	}
	if page, _ := n.All(NotesQuery{Color: -1, Tag: "x"}); page.Total != 1 {
		t.Errorf("All(tag x) total = %d, want 1", page.Total)
	}
	if _, err := n.All(NotesQuery{Color: -1, After: "yesterday"}); !errors.Is(err, ErrBadInput) {
		t.Errorf("bad date: %v, want ErrBadInput", err)
	}
	gone, err := n.Delete(1, early.ID)
	if err != nil {
		t.Fatal(err)
	}
	back, err := n.Undelete(gone)
	if err != nil || back.ID != early.ID || back.Note != "first" || back.Created != early.Created {
		t.Errorf("Undelete = %+v, %v; want the same highlight back", back, err)
	}
	if _, err := n.Create(1, 0, 10, notes.Edit{Color: 7}); ToError(err).Code != "bad_input" {
		t.Errorf("colour 7: %v, want bad_input", err)
	}
}

// FuzzNotes_Create checks that any range, colour and note is stored or refused, never a panic.
func FuzzNotes_Create(f *testing.F) {
	f.Add(0, 5, 0, "note")
	f.Add(-3, 1000000, 9, "\xff")
	l := mustLibrary(f)
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	n := NewNotes(l, nil)
	f.Fuzz(func(t *testing.T, start, end, color int, note string) {
		h, err := n.Create(1, start, end, notes.Edit{Color: color, Note: note})
		if err == nil && (h.Start != start || h.End != end || h.Exact == "") {
			t.Fatalf("created %+v for [%d,%d)", h, start, end)
		}
	})
}
