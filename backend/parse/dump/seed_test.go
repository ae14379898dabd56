package dump

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/model"
)

const seedFile = "asharq-al-awsat-2-articles.txt"

func readSeed(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(corpusDir(t, "seed"), seedFile))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Ensure that the seed dump gives its two articles without chrome: no
// toggle, no counter, no repeated title or caption in a body.
func TestParse_Seed(t *testing.T) {
	arts, err := Parse(seedFile, readSeed(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 {
		t.Fatalf("got %d articles, want 2", len(arts))
	}
	tests := []struct {
		title, first, last, captionEnd string
		paras, captions                int
	}{
		{
			title:    "Damascus, Moscow Exchanged 40 Letters Documenting Difficult Stages of Syrian Conflict",
			first:    "The Syrian civil war, which erupted in March 2011,",
			last:     "read one of the letters sent by Moscow on December 5, 2014.",
			paras:    12,
			captions: 0,
		},
		{
			title:      "Israeli Missile Hits Gaza Children Collecting Water",
			first:      "At least eight Palestinians, most of them children,",
			last:       "never again be a threat to Israel.",
			captionEnd: "(Photo by Omar AL-QATTAA / AFP)",
			paras:      11,
			captions:   1,
		},
	}
	for i, tt := range tests {
		a := arts[i]
		if a.Title != tt.title {
			t.Errorf("article %d: got title %q, want %q", i, a.Title, tt.title)
		}
		ps, cs := a.Paragraphs(), a.Captions()
		if len(ps) != tt.paras {
			t.Fatalf("article %d: got %d paragraphs, want %d", i, len(ps), tt.paras)
		}
		if !strings.HasPrefix(ps[0], tt.first) {
			t.Errorf("article %d: got first paragraph %q, want it to start %q", i, clip(ps[0]), tt.first)
		}
		if !strings.HasSuffix(ps[len(ps)-1], tt.last) {
			t.Errorf("article %d: got last paragraph %q, want it to end %q", i, clip(ps[len(ps)-1]), tt.last)
		}
		if len(cs) != tt.captions {
			t.Errorf("article %d: got %d captions, want %d", i, len(cs), tt.captions)
		}
		if tt.captionEnd != "" && len(cs) > 0 && !strings.HasSuffix(cs[0], tt.captionEnd) {
			t.Errorf("article %d: got caption %q, want it to end %q", i, clip(cs[0]), tt.captionEnd)
		}
		for _, p := range ps {
			if p == "TT" || p == "20" || p == a.Title || strings.Contains(p, "(Photo by") {
				t.Errorf("article %d: chrome %q left in the body", i, clip(p))
			}
		}
		checkInvariants(t, a)
	}
}

// Ensure that Looks accepts the seed and rejects plain prose and binaries.
func TestLooks(t *testing.T) {
	if !Looks(readSeed(t)) {
		t.Error("got Looks(seed) = false, want true")
	}
	for _, s := range []string{
		"",
		"Just one line of text with no title at all.",
		"A note\n\nSome words about my day, written without any headline structure.\n",
		"PK\x03\x04\x00\x00binary",
	} {
		if Looks([]byte(s)) {
			t.Errorf("got Looks(%q) = true, want false", s)
		}
	}
}

// checkInvariants fails t when a breaks the model's promises.
func checkInvariants(t testing.TB, a model.Article) {
	t.Helper()
	if a.Title == "" {
		t.Error("article with an empty title")
	}
	ps := a.Paragraphs()
	if len(ps) == 0 {
		t.Errorf("article %q has no paragraph", a.Title)
	}
	if got, want := a.Text, strings.Join(ps, "\n\n"); got != want {
		t.Errorf("article %q: got Text %q, want the paragraphs joined %q", a.Title, clip(got), clip(want))
	}
	for _, b := range a.Blocks {
		if b.Text == "" || b.Text != model.Fold(b.Text) {
			t.Errorf("article %q: block %q is empty or not folded", a.Title, clip(b.Text))
		}
	}
}
