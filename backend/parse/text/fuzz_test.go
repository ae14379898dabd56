package text

import (
	"os"
	"testing"
	"unicode/utf8"

	"gloss/backend/model"
)

// FuzzParse checks that no input panics Parse or ParsePage and that every
// article obeys the model's invariants.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"testdata/note.txt", "testdata/post.md", "testdata/heading.md"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("---\ntitle: x\n"))
	f.Add([]byte("Caf\xe9\n\n> - # x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, parse := range []func(string, []byte) ([]model.Article, error){Parse, ParsePage} {
			arts, err := parse("fuzz", data)
			if err != nil {
				continue
			}
			a := arts[0]
			if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
				t.Fatalf("got invalid UTF-8")
			}
			runes := []rune(a.Text)
			for _, b := range a.Blocks {
				if b.Text == "" {
					t.Fatalf("got an empty block")
				}
				if b.Kind.InBody() && (b.Start < 0 || b.End > len(runes) || string(runes[b.Start:b.End]) != b.Text) {
					t.Fatalf("got block offsets [%d,%d) that do not hold %q", b.Start, b.End, b.Text)
				}
			}
		}
	})
}
