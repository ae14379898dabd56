package hostile

import (
	"context"
	"path/filepath"
	"testing"

	"gloss/backend/importer"
	"gloss/backend/library"
	"gloss/backend/notes"
	"gloss/backend/store"
)

// hostileLibrary imports every payload in every kind of file into a new
// library, then gives each payload's page a highlight of the lead
// sentence with the payload as its note and tag, and the payload as the
// article's note and tag. It returns the library and, per payload, the
// ids of its articles.
func hostileLibrary(t *testing.T) (*library.Library, map[int][]uint64) {
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
	var files []importer.File
	var owner []Payload
	for _, p := range Payloads() {
		for _, f := range Files(p) {
			files = append(files, importer.File{Name: f.Name, Data: f.Data})
			owner = append(owner, p)
		}
	}
	rep := importer.Importer{Library: lib}.Import(context.Background(), files, nil)
	ids := map[int][]uint64{}
	for i, r := range rep.Files {
		if r.Error != "" || r.Imported+r.Duplicates == 0 {
			t.Errorf("%s: imported %d, error %q", r.File, r.Imported, r.Error)
		}
		ids[owner[i].N] = append(ids[owner[i].N], r.IDs...)
	}
	n := notes.Notes{Lib: lib}
	for _, p := range Payloads() {
		if len(ids[p.N]) == 0 {
			continue
		}
		id := ids[p.N][0]
		_, body, err := st.Get(id)
		if err != nil {
			t.Fatal(err)
		}
		edit := notes.Edit{Color: 1, Note: p.Text, Tags: []string{Tag(p)}}
		if _, err := n.Create(id, 0, leadLength(body.Text), edit); err != nil {
			t.Errorf("payload %d: highlight: %v", p.N, err)
		}
		if _, err := lib.SetNote(id, p.Text); err != nil {
			t.Errorf("payload %d: note: %v", p.N, err)
		}
		if _, err := lib.AddTags([]uint64{id}, []string{Tag(p)}); err != nil {
			t.Errorf("payload %d: tag %q: %v", p.N, Tag(p), err)
		}
	}
	return lib, ids
}

// leadLength is the length in code points of the highlight the tests
// make: the first words of the text, or all of a short text.
func leadLength(text string) int {
	return min(len([]rune(text)), 40)
}

// Ensure that every payload, imported into a library through the one
// import path the app uses, is stored as text with safe addresses, and
// that stored figures keep no address from the page.
func TestImport_Payloads(t *testing.T) {
	lib, ids := hostileLibrary(t)
	total := 0
	for _, p := range Payloads() {
		for _, id := range ids[p.N] {
			e, b, err := lib.Store().Get(id)
			if err != nil {
				t.Fatal(err)
			}
			total++
			for _, problem := range articleProblems(e.Article(b), p, false) {
				t.Errorf("article %d: %s\npayload %d: %s", id, problem, p.N, p.Text)
			}
			walkStrings(reflectValue(e), "entry", func(path, name, s string) {
				if problem := addressProblem(name, s); problem != "" {
					t.Errorf("article %d: %s = %q: %s", id, path, s, problem)
				}
			})
			for i, blk := range b.Blocks {
				if blk.Src != "" {
					t.Errorf("article %d: block %d keeps the page's address %q", id, i, blk.Src)
				}
			}
		}
	}
	t.Logf("%d payloads stored as %d articles", len(Payloads()), total)
}
