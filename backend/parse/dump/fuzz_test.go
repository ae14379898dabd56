package dump

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse panic and that every article
// it returns keeps the model's invariants.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("T\n\nT\nTT\n1\n\nT\n\nA sentence of body text.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, err := Parse("fuzz.txt", data)
		if err != nil {
			if len(arts) != 0 {
				t.Errorf("got %d articles with error %v, want none", len(arts), err)
			}
			return
		}
		for _, a := range arts {
			checkInvariants(t, a)
		}
		_ = Looks(data)
	})
}
