package dump

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// corpusDir returns the shared corpus folder, found relative to this source
// file so that the tests work from any working directory, or skips the test
// when the folder is absent (it is not part of the repository).
func corpusDir(t testing.TB, sub string) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Skip("cannot locate the test source to find ../shared/corpus")
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "..", "shared", "corpus", sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus folder %s is absent (it lives beside the project, not in it): %v", dir, err)
	}
	return dir
}

// expected is one article of a dump-NNN.expected.json file.
type expected struct {
	Title      string   `json:"title"`
	Published  *string  `json:"published"`
	Paragraphs []string `json:"paragraphs"`
}

// Ensure that every news dump gives exactly the articles its expected file
// lists: same count, titles, dates and paragraphs.
func TestParse_NewsDumps(t *testing.T) {
	dir := corpusDir(t, "news-dumps")
	files, err := filepath.Glob(filepath.Join(dir, "dump-*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no dump-*.txt in %s: %v", dir, err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".expected.json")
			if err != nil {
				t.Fatal(err)
			}
			var want []expected
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if !Looks(data) {
				t.Error("got Looks = false, want true")
			}
			got, err := Parse(filepath.Base(f), data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(got) != len(want) {
				t.Errorf("got %d articles, want %d", len(got), len(want))
				for i, a := range got {
					t.Logf("got[%d] = %q", i, a.Title)
				}
			}
			for i := range min(len(got), len(want)) {
				g, w := got[i], want[i]
				if g.Title != w.Title {
					t.Errorf("article %d: got title %q, want %q", i, g.Title, w.Title)
				}
				wp := ""
				if w.Published != nil {
					wp = *w.Published
				}
				if g.Published != wp {
					t.Errorf("article %d: got published %q, want %q", i, g.Published, wp)
				}
				if gp := g.Paragraphs(); !slices.Equal(gp, w.Paragraphs) {
					t.Errorf("article %d (%q): got %d paragraphs, want %d; first difference:\n%s",
						i, w.Title, len(gp), len(w.Paragraphs), firstDiff(gp, w.Paragraphs))
				}
			}
		})
	}
}

func firstDiff(got, want []string) string {
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			return "got  " + clip(g) + "\nwant " + clip(w)
		}
	}
	return "(none)"
}

func clip(s string) string {
	if len(s) > 100 {
		return s[:100] + "…"
	}
	return s
}
