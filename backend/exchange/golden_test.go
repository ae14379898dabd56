package exchange

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden.json files")

// goldenFormats is the format each hand-written example is in.
var goldenFormats = map[string]Format{
	"kindle.txt": Kindle, "kindle-backup.ndjson": KindleBackup,
	"readwise-export.csv": Readwise, "readwise-import.csv": Readwise,
	"hypothesis.json": Hypothesis, "w3c.json": W3C, "wallabag.json": Wallabag, "omnivore.json": Omnivore,
	"pocket.html": PocketHTML, "pocket.csv": PocketCSV, "instapaper.csv": Instapaper,
	"bookmarks.html": Bookmarks, "pinboard.json": Pinboard,
}

// Ensure that each hand-written example parses to its golden result.
func TestParse_Golden(t *testing.T) {
	for file, want := range goldenFormats {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("testdata", file)
			f, items, err := Parse(file, mustRead(t, path))
			if err != nil {
				t.Fatal(err)
			}
			if f != want {
				t.Errorf("format = %q, want %q", f, want)
			}
			checkItems(t, items)
			checkTitles(t, items)
			got, err := json.MarshalIndent(items, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := path + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			wantJSON, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(wantJSON), got) {
				t.Errorf("result differs from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}
