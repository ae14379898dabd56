package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"gloss/backend/model"
)

func mustAdd(t *testing.T, s *Store, arts ...model.Article) {
	t.Helper()
	if _, err := s.Add(docs("test.txt", arts...)); err != nil {
		t.Fatal(err)
	}
}

// Ensure that trash, restore and purge follow the rule that delete is never immediate.
func TestStore_TrashRestorePurge(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Text a."), article("B", "Text b."))
	if err := s.Purge([]uint64{1}); !errors.Is(err, ErrNotTrashed) {
		t.Fatalf("Purge of a live article: %v, want ErrNotTrashed", err)
	}
	got, err := s.Trash([]uint64{1, 2})
	if err != nil || got[0].Trashed == nil || got[1].Trashed == nil {
		t.Fatalf("Trash = %+v, %v; want both trashed", got, err)
	}
	if got, _ := s.Restore([]uint64{2}); got[0].Trashed != nil {
		t.Errorf("Restore left article 2 trashed")
	}
	if err := s.Purge([]uint64{1}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Get(1); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after purge: %v, want ErrNotFound", err)
	}
	if problems := s.Check(); len(problems) != 0 {
		t.Errorf("Check after purge: %v", problems)
	}
	// The purged article can be imported again.
	if added, _ := s.Add(docs("again.txt", article("A", "Text a."))); added[0].Duplicate {
		t.Errorf("re-import after purge was taken for a duplicate")
	}
}

// Ensure that a failing change leaves every article as it was.
func TestStore_Update_Atomic(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Text a."))
	if _, err := s.Update([]uint64{1, 99}, func(e *Entry) error { e.Favourite = true; return nil }); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Update with a missing ID: %v, want ErrNotFound", err)
	}
	if e, _, _ := s.Get(1); e.Favourite {
		t.Error("a failed update changed article 1")
	}
}

// Ensure that tags are cleaned, added, renamed, merged and deleted.
func TestStore_Tags(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Text a."), article("B", "Text b."))
	if _, err := s.AddTags([]uint64{1, 2}, []string{" syria ", "war"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTags([]uint64{1}, []string{"a,b"}); !errors.Is(err, ErrBadTag) {
		t.Errorf("tag with a comma: %v, want ErrBadTag", err)
	}
	if n, err := s.RenameTag("war", "conflict"); n != 2 || err != nil {
		t.Errorf("RenameTag = %d, %v; want 2 articles", n, err)
	}
	if n, _ := s.RenameTag("conflict", "syria"); n != 2 {
		t.Errorf("merge changed %d articles, want 2", n)
	}
	if _, err := s.RemoveTags([]uint64{2}, []string{"syria"}); err != nil {
		t.Fatal(err)
	}
	e1, _, _ := s.Get(1)
	e2, _, _ := s.Get(2)
	if !reflect.DeepEqual(e1.Tags, []string{"syria"}) || len(e2.Tags) != 0 {
		t.Errorf("tags = %v and %v, want [syria] and none", e1.Tags, e2.Tags)
	}
	if n, _ := s.DeleteTag("syria"); n != 1 {
		t.Errorf("DeleteTag changed %d articles, want 1", n)
	}
}

// Ensure that a hot backup is a complete, openable library.
func TestStore_Backup(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Text a."))
	path := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(path); err != nil {
		t.Fatal(err)
	}
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if list, _ := b.List(); len(list) != 1 || list[0].Title != "A" {
		t.Errorf("backup lists %+v, want article A", list)
	}
}

// Ensure that compacting keeps every article and shrinks a file with free pages.
func TestStore_Compact(t *testing.T) {
	s := mustOpen(t)
	var arts []model.Article
	for i := range 300 {
		arts = append(arts, article("Title "+string(rune('A'+i%26))+time.Duration(i).String(), "Some body text that takes a little room on the page, number "+time.Duration(i).String()+"."))
	}
	mustAdd(t, s, arts...)
	ids := make([]uint64, 0, 290)
	for id := uint64(1); id <= 290; id++ {
		ids = append(ids, id)
	}
	s.Trash(ids)
	if err := s.Purge(ids); err != nil {
		t.Fatal(err)
	}
	before, after, err := s.Compact()
	if err != nil {
		t.Fatal(err)
	}
	if after >= before {
		t.Errorf("compact: %d -> %d bytes, want smaller", before, after)
	}
	if list, _ := s.List(); len(list) != 10 {
		t.Errorf("after compact List has %d, want 10", len(list))
	}
	if _, err := os.Stat(s.Path() + ".compact"); !os.IsNotExist(err) {
		t.Errorf("temporary file left behind: %v", err)
	}
	if p := s.Check(); len(p) != 0 {
		t.Errorf("Check after compact: %v", p)
	}
}

// Ensure that a backup can be taken while another opener holds the library.
func TestStore_OpenShared_Locked(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("Held", "Held text."))
	shared, err := OpenShared(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "backup.db")
	if err := shared.Backup(path); err != nil {
		t.Fatal(err)
	}
	shared.Close()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if list, _ := b.List(); len(list) != 1 || list[0].Title != "Held" {
		t.Errorf("backup lists %+v, want the held article", list)
	}
}
