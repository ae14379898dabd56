package store

import (
	"reflect"
	"testing"
	"time"
)

// dump returns every item of s.
func dump(t *testing.T, s *Store) []RestoreItem {
	t.Helper()
	var out []RestoreItem
	if err := s.DumpItems(func(it RestoreItem) error { out = append(out, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func mustCheck(t *testing.T, s *Store) {
	t.Helper()
	for _, p := range s.Check() {
		t.Errorf("Check: %v", p)
	}
}

// sample builds a library with a replaced article (one old version), state,
// and highlights on two articles.
func sample(t *testing.T) *Store {
	t.Helper()
	s := mustOpen(t)
	a := article("One", "First text.")
	a.URL = "https://example.org/one"
	b := article("Two", "Second text.")
	mustAdd(t, s, a, b)
	a2 := article("One", "First text, revised.")
	a2.URL = a.URL
	mustAdd(t, s, a2)
	if _, err := s.AddTags([]uint64{1}, []string{"x"}); err != nil {
		t.Fatal(err)
	}
	for _, h := range []Highlight{{ArticleID: 1, Exact: "First", End: 5, Note: "n"}, {ArticleID: 2, Exact: "text", Start: 7, End: 11, Tags: []string{"t"}}} {
		if _, err := s.PutHighlight(h); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// Ensure that a dump restored into an empty library gives the same library,
// with sequences past the restored IDs and a clean Check.
func TestStore_RestoreItems_Empty(t *testing.T) {
	src := sample(t)
	items := dump(t, src)
	if len(items) != 2 || len(items[0].Versions) != 1 || len(items[0].Hashes) != 1 {
		t.Fatalf("dump = %d items, first with %d versions and %d old hashes; want 2, 1, 1", len(items), len(items[0].Versions), len(items[0].Hashes))
	}
	dst := mustOpen(t)
	rep, err := dst.RestoreItems(items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 || rep.Merged != 0 || rep.Highlights != 2 || len(rep.IDs) != 0 {
		t.Errorf("report = %+v, want 2 added, 2 highlights", rep)
	}
	mustCheck(t, dst)
	if got := dump(t, dst); !reflect.DeepEqual(got, items) {
		t.Errorf("restored library differs:\n got %+v\nwant %+v", got, items)
	}
	added, err := dst.Add(docs("x", article("Three", "New.")))
	if err != nil || added[0].ID != 3 {
		t.Errorf("next article got ID %d (%v), want 3", added[0].ID, err)
	}
	h, err := dst.PutHighlight(Highlight{ArticleID: 3, Exact: "New", End: 3})
	if err != nil || h.ID != 3 {
		t.Errorf("next highlight got ID %d (%v), want 3", h.ID, err)
	}
	// The old version's hash came back: importing it again is a duplicate.
	again, _ := dst.Add(docs("x", article("One", "First text.")))
	if !again[0].Duplicate || again[0].ID != 1 {
		t.Errorf("old version re-added = %+v, want a duplicate of 1", again[0])
	}
}

// Ensure that restoring into a library that has the same items merges them
// by ID, keeping the newer entry and highlight edit, without duplicates.
func TestStore_RestoreItems_Merge(t *testing.T) {
	s := sample(t)
	items := dump(t, s)
	// The library moves on after the backup: a newer note on article 2.
	if _, err := s.Update([]uint64{2}, func(e *Entry) error { e.Note = "newer"; return nil }); err != nil {
		t.Fatal(err)
	}
	// The backup holds a newer highlight edit on article 1.
	items[0].Highlights[0].Note = "edited later"
	items[0].Highlights[0].Updated = time.Now().Add(time.Hour)
	rep, err := s.RestoreItems(items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Merged != 2 || rep.Added != 0 || rep.Highlights != 1 {
		t.Errorf("report = %+v, want 2 merged, 1 highlight written", rep)
	}
	mustCheck(t, s)
	list, _ := s.List()
	if len(list) != 2 || list[1].Note != "newer" || list[0].Highlights != 1 {
		t.Fatalf("after merge: %+v; want 2 articles, the newer note kept, 1 highlight on the first", list)
	}
	hs, _ := s.Highlights(1)
	if len(hs) != 1 || hs[0].Note != "edited later" {
		t.Errorf("highlights of 1 = %+v, want the newer edit", hs)
	}
}

// Ensure that an item whose ID belongs to another article is stored under
// a new ID instead of overwriting it.
func TestStore_RestoreItems_Renumber(t *testing.T) {
	items := dump(t, sample(t))
	dst := mustOpen(t)
	mustAdd(t, dst, article("Unrelated", "Other words."))
	rep, err := dst.RestoreItems(items)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 || rep.Renumbered != 1 || rep.IDs[1] != 3 {
		t.Errorf("report = %+v, want article 1 renumbered to 3", rep)
	}
	mustCheck(t, dst)
	if e, _, err := dst.Get(1); err != nil || e.Title != "Unrelated" {
		t.Errorf("article 1 = %q, %v; want the unrelated article untouched", e.Title, err)
	}
	if hs, _ := dst.Highlights(3); len(hs) != 1 || hs[0].ArticleID != 3 {
		t.Errorf("highlights of 3 = %+v, want the renumbered article's one", hs)
	}
}
