package html

import (
	"os"
	"path/filepath"
	"testing"

	"gloss/backend/internal/golden"
)

// Ensure that every hand-made page in testdata parses to its golden result.
func TestParse_Golden(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range pages {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := Parse(filepath.Base(path), data)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			golden.JSON(t, path+"-result.json", arts)
		})
	}
}
