package app

import (
	"fmt"
	"testing"

	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/store"
)

// Ensure that emptying the trash removes every trashed article, more than
// one page and one transaction's worth, and nothing else.
func TestLibrary_EmptyTrash_All(t *testing.T) {
	l := mustLibrary(t)
	const trashed, kept = 2*library.PurgeBatch + library.MaxLimit/2 + 3, 5
	var docs []store.Doc
	for i := range trashed + kept {
		a := model.New(fmt.Sprintf("Article %d", i), []model.Block{{Kind: model.Paragraph, Text: fmt.Sprintf("Body of article %d.", i)}})
		docs = append(docs, store.Doc{Source: "test.txt", Article: a})
	}
	added, err := l.Add(docs)
	if err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	for _, a := range added[:trashed] {
		ids = append(ids, a.ID)
	}
	if _, err := l.Trash(ids); err != nil {
		t.Fatal(err)
	}
	lib := NewLibrary(l, nil)
	n, err := lib.EmptyTrash()
	if err != nil || n != trashed {
		t.Fatalf("EmptyTrash() = %d, %v; want %d", n, err, trashed)
	}
	if c := l.Counts(); c.Trash != 0 || c.All != kept {
		t.Errorf("after emptying: %d in the trash, %d live; want 0 and %d", c.Trash, c.All, kept)
	}
	if p := l.Store().Check(); len(p) > 0 {
		t.Errorf("check after emptying: %v", p[0])
	}
	if list, _ := l.Store().List(); len(list) != kept {
		t.Errorf("store lists %d articles, want %d", len(list), kept)
	}
	// The purged articles' hashes are gone: importing one again adds it.
	again, err := l.Add(docs[:1])
	if err != nil || again[0].Duplicate {
		t.Errorf("re-adding a purged article: %+v, %v; want a new article", again, err)
	}
	if n, err := lib.EmptyTrash(); err != nil || n != 0 {
		t.Errorf("emptying an empty trash = %d, %v; want 0", n, err)
	}
}
