package anchor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"gloss/backend/model"
)

// suiteArticle is one BBC article of the re-anchoring suite: its canonical
// text as Gloss builds it, cut into words and paragraphs.
type suiteArticle struct {
	name   string // category/file
	runes  []rune
	words  []token
	blocks []model.Block // paragraphs, with code-point offsets into runes
}

// token is one whitespace-delimited word: code points [start, end).
type token struct {
	start, end int
	para       int  // index into blocks
	stop       bool // ends a sentence
}

// highlight is a passage of the suite: code points [start, end) covering
// words first..last.
type highlight struct {
	kind        string // "sentence", "phrase" or "span" (across a paragraph break)
	start, end  int
	first, last int
	// nearCopy says the text holds another copy of the quote within the
	// edits Anchor allows ("victim of the" for "victims of the", or a
	// list repeating the same names); once the highlight is reworded or
	// deleted, that copy may rightly win, so the suite reports those cases
	// apart.
	nearCopy bool
}

// suiteArticles reads n BBC articles, chosen evenly from the sorted paths,
// or skips the test when the corpus is absent.
func suiteArticles(t *testing.T, n int) []suiteArticle {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "bbc", "*", "*.txt"))
	if len(paths) == 0 {
		t.Skipf("BBC corpus not found at %s (the suite reads /work/shared/corpus/bbc in place)", corpusDir)
	}
	slices.Sort(paths)
	n = min(n, len(paths))
	out := make([]suiteArticle, 0, n)
	for i := range n {
		p := paths[i*len(paths)/n]
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(raw) { // one file is Latin-1
			if raw, err = charmap.Windows1252.NewDecoder().Bytes(raw); err != nil {
				t.Fatalf("decode %s: %v", p, err)
			}
		}
		_, body, _ := strings.Cut(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n")
		a := model.New("", plainBlocks(body))
		out = append(out, newSuiteArticle(filepath.Base(filepath.Dir(p))+"/"+filepath.Base(p), a))
	}
	return out
}

// plainBlocks cuts raw text into paragraphs as Gloss's plain-text parser
// does: runs of lines between blank lines, each line trimmed. model.New then
// folds each paragraph's white space and joins them with "\n\n".
func plainBlocks(raw string) []model.Block {
	var blocks []model.Block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: strings.Join(cur, "\n")})
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(raw, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, strings.TrimSpace(line))
	}
	flush()
	return blocks
}

// canonical returns the canonical text of raw text, as Gloss would store it.
func canonical(raw string) string { return model.New("", plainBlocks(raw)).Text }

func newSuiteArticle(name string, a model.Article) suiteArticle {
	s := suiteArticle{name: name, runes: []rune(a.Text), blocks: a.Blocks}
	for bi, b := range a.Blocks {
		start := -1
		for i := b.Start; i <= b.End; i++ {
			space := i == b.End || unicode.IsSpace(s.runes[i])
			switch {
			case !space && start < 0:
				start = i
			case space && start >= 0:
				s.words = append(s.words, token{start: start, end: i, para: bi,
					stop: i == b.End || endsSentence(s.runes[start:i])})
				start = -1
			}
		}
	}
	return s
}

// endsSentence reports whether word w ends a sentence: its last character,
// past closing quotes and brackets, is a full stop, question or exclamation
// mark.
func endsSentence(w []rune) bool {
	w = []rune(strings.TrimRight(string(w), `"')’”`))
	return len(w) > 1 && strings.ContainsRune(".?!", w[len(w)-1])
}

// sentenceStarts returns the indexes of the words that begin a sentence.
func (a *suiteArticle) sentenceStarts() []int {
	var out []int
	for i := range a.words {
		if i == 0 || a.words[i-1].stop {
			out = append(out, i)
		}
	}
	return out
}

// pick returns five highlights of 3-30 words (sentences, phrases inside a
// paragraph and one passage across a paragraph break), each quote occurring
// once in the text: a quote found twice has no single right place once its
// copy is deleted.
func (a *suiteArticle) pick(r *rand.Rand) []highlight {
	var out []highlight
	for _, kind := range []string{"sentence", "phrase", "span", "sentence", "phrase"} {
		for try := 0; try < 200; try++ {
			if h, ok := a.try(kind, r); ok && a.unique(h) {
				h.nearCopy = a.nearCopy(h)
				out = append(out, h)
				break
			}
		}
	}
	return out
}

func (a *suiteArticle) try(kind string, r *rand.Rand) (highlight, bool) {
	ws := a.words
	if len(ws) < 3 {
		return highlight{}, false
	}
	first, last := 0, 0
	switch kind {
	case "sentence":
		starts := a.sentenceStarts()
		first = starts[r.IntN(len(starts))]
		for last = first; !ws[last].stop; last++ {
		}
	case "phrase":
		first = r.IntN(len(ws))
		last = first + 2 + r.IntN(28)
		if last >= len(ws) || ws[last].para != ws[first].para {
			return highlight{}, false
		}
	case "span":
		if len(a.blocks) < 2 {
			return highlight{}, false
		}
		// the last word of a random paragraph, then 1-15 words each side
		b := r.IntN(len(a.blocks) - 1)
		end := slices.IndexFunc(ws, func(w token) bool { return w.para == b+1 }) - 1
		first, last = end+1-1-r.IntN(15), end+1+r.IntN(15)
		if first < 0 || last >= len(ws) || ws[first].para != b || ws[last].para != b+1 {
			return highlight{}, false
		}
	}
	if k := a.wordCount(first, last); k < 3 || k > 30 {
		return highlight{}, false
	}
	return highlight{kind: kind, start: ws[first].start, end: ws[last].end, first: first, last: last}, true
}

// wordCount counts the words among tokens first..last: those holding a
// letter or digit, so that a dash is not a word.
func (a *suiteArticle) wordCount(first, last int) int {
	k := 0
	for _, w := range a.words[first : last+1] {
		if slices.ContainsFunc(a.runes[w.start:w.end], func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) {
			k++
		}
	}
	return k
}

func (a *suiteArticle) unique(h highlight) bool {
	return strings.Count(string(a.runes), string(a.runes[h.start:h.end])) == 1
}

// nearCopy reports whether the quote of h occurs elsewhere in the text
// within the edits Anchor allows it.
func (a *suiteArticle) nearCopy(h highlight) bool {
	q := a.runes[h.start:h.end]
	for _, c := range newSearcher(q).hits(a.runes, budget(len(q)), maxCandidates) {
		if c.end != h.end { // another run of matches than the highlight's own
			return true
		}
	}
	return false
}
