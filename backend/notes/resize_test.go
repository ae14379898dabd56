package notes

import (
	"testing"

	"gloss/backend/store"
)

// Ensure that re-attaching an orphan by Resize clears its orphan flag in
// the store, not only in the returned value, keeps its note, tags and
// created time, and describes the new text.
func TestNotes_Resize_ClearsOrphan(t *testing.T) {
	n := mustNotes(t, p1, p2)
	h, err := n.Create(1, 0, 14, Edit{Color: 3, Note: "toll", Tags: []string{"count"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := n.Lib.Add([]store.Doc{{Source: "b.txt", Article: version("Officials revised the toll on Monday.", p2)}}); err != nil {
		t.Fatal(err)
	}
	if orphans, err := n.Reanchor(1); err != nil || orphans != 1 {
		t.Fatalf("Reanchor = %d, %v; want 1 orphan", orphans, err)
	}
	if _, err := n.Resize(1, h.ID, 18, 26); err != nil {
		t.Fatal(err)
	}
	list, err := n.Lib.Store().Highlights(1)
	if err != nil || len(list) != 1 {
		t.Fatalf("Highlights = %d, %v; want 1", len(list), err)
	}
	got := list[0]
	if got.Orphan || got.Confidence != 1 {
		t.Errorf("stored orphan = %v, confidence %v; want false, 1", got.Orphan, got.Confidence)
	}
	if got.Exact != "the toll" || got.Start != 18 || got.End != 26 {
		t.Errorf("stored extent = %q [%d, %d), want \"the toll\" [18, 26)", got.Exact, got.Start, got.End)
	}
	if got.Note != "toll" || len(got.Tags) != 1 || got.Color != 3 || !got.Created.Equal(h.Created) {
		t.Errorf("stored highlight lost what the reader said: %+v", got)
	}
}
