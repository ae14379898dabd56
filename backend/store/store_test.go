package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"gloss/backend/model"
)

// mustOpen opens a new library in a temporary folder and closes it after the test.
func mustOpen(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "sub", "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func docs(source string, arts ...model.Article) []Doc {
	var out []Doc
	for _, a := range arts {
		out = append(out, Doc{Source: source, Article: a})
	}
	return out
}

func article(title string, paras ...string) model.Article {
	var blocks []model.Block
	for _, p := range paras {
		blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: p})
	}
	return model.New(title, blocks)
}

// Ensure that added articles come back from List in order and from Get whole.
func TestStore_Add_ListGet(t *testing.T) {
	s := mustOpen(t)
	a := article("First", "One paragraph.", "Two  paragraphs\nhere.")
	b := article("Second", "Other text.")
	got, err := s.Add(docs("dump.txt", a, b))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || brief(got[0]) != (added{ID: 1, Version: 1}) || brief(got[1]) != (added{ID: 2, Version: 1}) {
		t.Fatalf("Add = %+v, want IDs 1 and 2, no duplicates", got)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Title != "First" || list[1].Title != "Second" {
		t.Fatalf("List = %+v, want First then Second", list)
	}
	if list[0].Paragraphs != 2 || list[0].Words != 5 || list[0].Source != "dump.txt" {
		t.Errorf("entry = %+v, want 2 paragraphs, 5 words, source dump.txt", list[0])
	}
	e, body, err := s.Get(1)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.Article(body); got.Text != a.Text || len(got.Blocks) != 2 || got.Title != "First" {
		t.Errorf("Get(1) = %+v, want the first article", got)
	}
}

// Ensure that importing the same article twice stores it once.
func TestStore_Add_Duplicate(t *testing.T) {
	s := mustOpen(t)
	a := article("Same", "Same text.")
	if _, err := s.Add(docs("a.txt", a)); err != nil {
		t.Fatal(err)
	}
	got, err := s.Add(docs("b.txt", a, article("New", "New text.")))
	if err != nil {
		t.Fatal(err)
	}
	want := []added{{ID: 1, Duplicate: true}, {ID: 2, Version: 1}}
	if len(got) != 2 || brief(got[0]) != want[0] || brief(got[1]) != want[1] {
		t.Fatalf("Add = %+v, want %+v", got, want)
	}
	list, _ := s.List()
	if len(list) != 2 {
		t.Errorf("List has %d articles, want 2", len(list))
	}
}

// Ensure that a missing article is reported with ErrNotFound.
func TestStore_Get_NotFound(t *testing.T) {
	s := mustOpen(t)
	if _, _, err := s.Get(42); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get(42) error = %v, want ErrNotFound", err)
	}
}

// Ensure that a second opener gets ErrLocked within the timeout instead of hanging.
func TestStore_Open_Locked(t *testing.T) {
	s := mustOpen(t)
	start := time.Now()
	_, err := Open(s.Path())
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open error = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > LockTimeout+time.Second {
		t.Errorf("second Open took %v, want about %v", d, LockTimeout)
	}
}

// Ensure that a file from a newer Gloss is refused and left byte for byte as it was.
func TestStore_Open_NewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		return b.Put(keySchema, []byte("99"))
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	if _, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("Open error = %v, want ErrNewerSchema", err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("Open changed a newer-schema file")
	}
}

// Ensure that a new library records the schema version and survives reopening.
func TestStore_Open_Reopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add(docs("a.txt", article("Kept", "Kept text."))); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0].Title != "Kept" {
		t.Fatalf("after reopen List = %+v, %v; want the kept article", list, err)
	}
}

// Ensure that the same URL with changed content becomes version 2 of the
// same article, keeping the reader's tags, and that the old version stays a duplicate.
func TestStore_Add_NewVersion(t *testing.T) {
	s := mustOpen(t)
	v1 := article("Strike on camp", "First report.")
	v1.URL = "https://news.example/gaza/strike"
	v2 := article("Strike on camp", "First report, updated with numbers.")
	v2.URL = "http://NEWS.example/gaza/strike/#top"
	if _, err := s.Add(docs("a.txt", v1)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddTags([]uint64{1}, []string{"gaza"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Add(docs("b.txt", v2, v1))
	if err != nil {
		t.Fatal(err)
	}
	if brief(got[0]) != (added{ID: 1, Version: 2}) || brief(got[1]) != (added{ID: 1, Duplicate: true}) {
		t.Fatalf("Add = %+v, want version 2 of article 1, then a duplicate", got)
	}
	e, b, _ := s.Get(1)
	if e.Version != 2 || b.Text != v2.Text || len(e.Tags) != 1 {
		t.Errorf("entry = %+v, text %q; want version 2 with its tag kept", e, b.Text)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Errorf("List has %d articles, want 1", len(list))
	}
	s.Trash([]uint64{1})
	if err := s.Purge([]uint64{1}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Add(docs("c.txt", v1)); got[0].Duplicate || got[0].ID != 2 {
		t.Errorf("after purge Add = %+v, want a new article 2", got)
	}
	if p := s.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
}

// added is what a test compares of an Added.
type added struct {
	ID        uint64
	Duplicate bool
	Version   int
}

func brief(a Added) added { return added{a.ID, a.Duplicate, a.Version} }
