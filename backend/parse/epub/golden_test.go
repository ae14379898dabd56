package epub

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.epub from the fixtures and their *-result.json golden files")

func mustRead(tb testing.TB, path string) []byte {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// Ensure that every fixture book in testdata parses to its golden result.
func TestParse_Golden(t *testing.T) {
	for name, build := range fixtures {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(path, build(t), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			arts, err := Parse(name, mustRead(t, path))
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			got, err := json.MarshalIndent(arts, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := path + "-result.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if strings.TrimSpace(string(got)) != strings.TrimSpace(string(want)) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}
