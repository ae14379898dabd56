package epub

import (
	"os"
	"path/filepath"
	"testing"

	"gloss/backend/internal/golden"
)

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
			if *golden.Update {
				if err := os.WriteFile(path, build(t), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			arts, err := Parse(name, mustRead(t, path))
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			golden.JSON(t, path+"-result.json", arts)
		})
	}
}
