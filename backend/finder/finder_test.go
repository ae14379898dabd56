package finder

import (
	"fmt"
	"path/filepath"
	"testing"

	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/store"
)

func openLib(t *testing.T, path string) *library.Library {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := library.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func add(t *testing.T, lib *library.Library, title, body string) uint64 {
	t.Helper()
	a := model.New(title, []model.Block{{Kind: model.Paragraph, Text: body}})
	added, err := lib.Add([]store.Doc{{Source: "news.txt", Article: a}})
	if err != nil {
		t.Fatal(err)
	}
	return added[0].ID
}

func ids(t *testing.T, f *Finder, q string) string {
	t.Helper()
	res, err := f.Search(q, 10)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	var out []uint64
	for _, r := range res {
		out = append(out, r.ID)
	}
	return fmt.Sprint(out)
}

// Ensure that the index follows imports, tags, trash and highlights, and
// survives a restart through its saved image plus catch-up.
func TestFinder_FollowsAndReloads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	lib := openLib(t, path)
	add(t, lib, "Syrian conflict letters", "Damascus and Moscow exchanged forty letters about the war.")
	f := Open(lib)
	f.Ready()
	gaza := add(t, lib, "Gaza water strike", "Children were collecting water when the missile hit.")
	if got := ids(t, f, "syrain conflcit"); got != "[1]" {
		t.Errorf("typo search = %s, want [1]", got)
	}
	if got := ids(t, f, "gaza watr"); got != fmt.Sprintf("[%d]", gaza) {
		t.Errorf("search after import = %s, want the new article", got)
	}
	if _, err := lib.AddTags([]uint64{1}, []string{"diplomacy"}); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, f, "tag:diplomacy"); got != "[1]" {
		t.Errorf("tag search = %s, want [1]", got)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	// Changed after the save: must be caught up on reload.
	lib.Trash([]uint64{gaza})
	add(t, lib, "Water shortages worsen", "Fuel shortages closed desalination plants.")
	lib.Store().Close()

	lib2 := openLib(t, path)
	f2 := Open(lib2)
	f2.Ready()
	if got := ids(t, f2, "water"); got != "[3]" {
		t.Errorf("after reload search = %s, want [3] (2 is in the trash)", got)
	}
	if got := ids(t, f2, "tag:diplomacy"); got != "[1]" {
		t.Errorf("after reload tag search = %s, want [1]", got)
	}
}
