package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/library"
	"gloss/backend/store"
)

// FuzzImport_Exchange checks that no content, told as another app's export
// or a backup, makes the import panic, and that every file gets one result
// whose highlight counts add up. Every exchange test file seeds it.
func FuzzImport_Exchange(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "exchange", "testdata", "*.*"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil && !strings.HasSuffix(p, ".golden.json") {
			f.Add(data)
		}
	}
	f.Add([]byte(w3cMarkets))
	f.Add([]byte(`{"format":"gloss-backup","version":1,"articles":[{"id":1,"title":"T","blocks":[{"kind":"paragraph","text":"x"}],"highlights":[{"id":1,"start":0,"end":1,"exact":"x"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// A library per input: one that grows would slow every later run.
		st, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		lib, err := library.Open(st)
		if err != nil {
			t.Fatal(err)
		}
		im := Importer{Library: lib}
		rep := im.Import(context.Background(), []File{{Name: "export", Data: data}}, nil)
		if len(rep.Files) != 1 {
			t.Fatalf("%d results for one file", len(rep.Files))
		}
		if r := rep.Files[0]; r.Format != "gloss-backup" && r.Highlights != r.Attached+r.Unmatched {
			t.Fatalf("%d highlights, %d attached + %d unmatched", r.Highlights, r.Attached, r.Unmatched)
		}
	})
}
