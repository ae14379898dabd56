package notes

import (
	"errors"
	"path/filepath"
	"testing"

	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/store"
)

func mustNotes(t *testing.T, paras ...string) Notes {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := library.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Add([]store.Doc{{Source: "a.txt", Article: version(paras...)}}); err != nil {
		t.Fatal(err)
	}
	return Notes{Lib: lib}
}

func version(paras ...string) model.Article {
	var blocks []model.Block
	for _, p := range paras {
		blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: p})
	}
	a := model.New("Water strike", blocks)
	a.URL = "https://news.example/strike"
	return a
}

const (
	p1 = "At least eight people were killed when they went to collect water on Sunday."
	p2 = "The military said a malfunction caused the missile to fall dozens of meters from the target."
)

// Ensure that a highlight is described, edited, resized, deleted and put back.
func TestNotes_Lifecycle(t *testing.T) {
	n := mustNotes(t, p1, p2)
	h, err := n.Create(1, 0, 17, Edit{Color: 1, Note: "count", Tags: []string{"toll", " toll "}})
	if err != nil {
		t.Fatal(err)
	}
	if h.Exact != "At least eight pe" || h.Suffix == "" || h.Block != 0 || len(h.Tags) != 1 {
		t.Fatalf("created %+v", h)
	}
	if _, err := n.Create(1, 5, 5, Edit{}); !errors.Is(err, ErrBadInput) {
		t.Errorf("empty range: %v, want ErrBadInput", err)
	}
	if _, err := n.Create(1, 0, 5, Edit{Color: 9}); !errors.Is(err, ErrBadInput) {
		t.Errorf("colour 9: %v, want ErrBadInput", err)
	}
	h, err = n.Resize(1, h.ID, 0, 14)
	if err != nil || h.Exact != "At least eight" {
		t.Fatalf("resize = %+v, %v", h, err)
	}
	// A highlight spanning both paragraphs.
	both, err := n.Create(1, 60, 95, Edit{})
	if err != nil || both.Block != 0 {
		t.Fatalf("spanning highlight = %+v, %v", both, err)
	}
	deleted, err := n.Delete(1, h.ID)
	if err != nil {
		t.Fatal(err)
	}
	back, err := n.Restore(deleted)
	if err != nil || back.ID != h.ID || back.Note != "count" {
		t.Errorf("undo = %+v, %v", back, err)
	}
	if e, _ := n.Lib.Get(1); e.Highlights != 2 {
		t.Errorf("article counts %d highlights, want 2", e.Highlights)
	}
}

// Ensure that a new version moves highlights with their text and orphans
// the one whose text is gone, keeping its quote and note.
func TestNotes_Reanchor(t *testing.T) {
	n := mustNotes(t, p1, p2)
	kept, _ := n.Create(1, 78, 90, Edit{Note: "cause"}) // "The military"
	gone, _ := n.Create(1, 0, 14, Edit{Note: "toll"})   // "At least eight"
	v2 := version("Officials revised the toll on Monday.", p2)
	added, err := n.Lib.Add([]store.Doc{{Source: "b.txt", Article: v2}})
	if err != nil || added[0].Version != 2 {
		t.Fatalf("Add = %+v, %v; want version 2", added, err)
	}
	orphans, err := n.Reanchor(1)
	if err != nil || orphans != 1 {
		t.Fatalf("Reanchor = %d, %v; want 1 orphan", orphans, err)
	}
	list, _ := n.Lib.Store().Highlights(1)
	for _, h := range list {
		switch h.ID {
		case kept.ID:
			if h.Orphan || h.Exact != "The military" || h.Start != 39 {
				t.Errorf("kept highlight = %+v, want it moved to 39", h)
			}
		case gone.ID:
			if !h.Orphan || h.Exact != "At least eight" || h.Note != "toll" {
				t.Errorf("gone highlight = %+v, want an orphan with its quote and note", h)
			}
		}
	}
	// Re-attaching the orphan by hand.
	h, err := n.Resize(1, gone.ID, 0, 9)
	if err != nil || h.Orphan || h.Exact != "Officials" {
		t.Errorf("re-attach = %+v, %v", h, err)
	}
}
