package anchor

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"gloss/backend/model"
)

// corpusDir is the shared test corpus, read in place (see its README).
const corpusDir = "../../../shared/corpus"

// corpusArticles returns up to limit BBC articles (every 40th file) and
// every news-dump article, as model.Articles; it skips the test when the
// corpus is absent.
func corpusArticles(t *testing.T, limit int) []model.Article {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("corpus not found at %s (tests read /work/shared/corpus in place): %v", corpusDir, err)
	}
	var out []model.Article
	files, _ := filepath.Glob(filepath.Join(corpusDir, "bbc", "*", "*.txt"))
	for i := 0; i < len(files) && len(out) < limit; i += 40 {
		b, err := os.ReadFile(files[i])
		if err != nil || !utf8.Valid(b) { // one file is Latin-1
			continue
		}
		title, body, _ := strings.Cut(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n")
		var blocks []model.Block
		for _, p := range strings.Split(body, "\n\n") {
			blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: p})
		}
		out = append(out, model.New(title, blocks))
	}
	dumps, _ := filepath.Glob(filepath.Join(corpusDir, "news-dumps", "*.expected.json"))
	for _, f := range dumps {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		var arts []struct {
			Title      string   `json:"title"`
			Paragraphs []string `json:"paragraphs"`
		}
		if err := json.Unmarshal(b, &arts); err != nil {
			t.Fatalf("parse %s: %v", f, err)
		}
		for _, a := range arts {
			var blocks []model.Block
			for _, p := range a.Paragraphs {
				blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: p})
			}
			out = append(out, model.New(a.Title, blocks))
		}
	}
	if len(out) == 0 {
		t.Skipf("no articles found under %s", corpusDir)
	}
	return out
}

// Ensure that, on real articles, a highlight anchors by position in its own
// text, by quote once a paragraph is added in front, and approximately with
// the stated confidence once one of its code points is changed; and that
// BlockOf finds the block of its start.
func TestAnchor_Corpus(t *testing.T) {
	const lead = "A paragraph added by the new version of the article.\n\n"
	r := rand.New(rand.NewPCG(5, 6))
	checked := 0
	for _, a := range corpusArticles(t, 40) {
		runes := []rune(a.Text)
		if len(runes) < 200 {
			continue
		}
		for _, length := range []int{12, 60, 400} { // a phrase, a sentence, across paragraphs
			start := r.IntN(len(runes) - length)
			end := start + length
			sel, err := Describe(a.Text, start, end)
			if err != nil {
				t.Fatalf("Describe(%q, %d, %d): %v", a.Title, start, end, err)
			}
			name := a.Title + ": " + abbreviate([]rune(sel.Quote.Exact))

			got, err := Anchor(a.Text, sel)
			if err != nil || got != (Match{start, end, 1, MethodPosition}) {
				t.Errorf("%s: unchanged: got %+v, %v, want position match", name, got, err)
			}
			if b := BlockOf(a.Blocks, start); b < 0 || start >= a.Blocks[b].End || (b > 0 && start < a.Blocks[b-1].End) {
				t.Errorf("%s: BlockOf(%d): got %d", name, start, b)
			}

			moved := lead + a.Text
			got, err = Anchor(moved, sel)
			shift := n(lead)
			want := (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(shift, n(moved))) / totalWeight
			if err != nil || got.Start != start+shift || got.End != end+shift || got.Method != MethodQuote || !near(got.Confidence, want) {
				t.Errorf("%s: moved: got %+v, %v, want quote [%d, %d) confidence %.4f", name, got, err, start+shift, end+shift, want)
			}

			mid := start + length/2
			edited := string(runes[:mid]) + "#" + string(runes[mid+1:])
			if runes[mid] == '#' {
				continue
			}
			got, err = Anchor(edited, sel)
			want = (quoteWeight*(1-1/float64(length)) + prefixWeight + suffixWeight + positionWeight) / totalWeight
			if err != nil || got.Start != start || got.End != end || got.Method != MethodApproximate || !near(got.Confidence, want) {
				t.Errorf("%s: edited: got %+v, %v, want approximate [%d, %d) confidence %.4f", name, got, err, start, end, want)
			}
			checked++
		}
	}
	t.Logf("checked %d highlights", checked)
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
