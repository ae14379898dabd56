package extractbench

import (
	"strings"
	"unicode"
)

// ShingleSize is the number of consecutive words in one shingle, as in the
// article-extraction benchmark.
const ShingleSize = 4

// Match is the outcome of comparing one extracted text with its truth, as
// shares of all shingles seen on the page (so TP+FP+FN is 1, or all are 0
// when both texts are empty): long pages weigh no more than short ones.
type Match struct {
	TP, FP, FN float64
}

// Words splits s into words the way Python's `\w+` does: runs of letters,
// numbers and underscores. Marks and punctuation separate words.
func Words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// shingles counts every run of ShingleSize consecutive words. A text shorter
// than that is one shingle of all its words, and an empty text has none.
func shingles(s string) map[string]int {
	w := Words(s)
	out := map[string]int{}
	n := max(1, len(w)-ShingleSize+1)
	for i := 0; i < n && i < len(w); i++ {
		out[strings.Join(w[i:min(i+ShingleSize, len(w))], "\x00")]++
	}
	return out
}

// Compare scores the predicted text pred against the true text.
func Compare(truth, pred string) Match {
	ts, ps := shingles(truth), shingles(pred)
	var m Match
	for k, t := range ts {
		p := ps[k]
		m.TP += float64(min(t, p))
		m.FN += float64(max(0, t-p))
	}
	for k, p := range ps {
		m.FP += float64(max(0, p-ts[k]))
	}
	if s := m.TP + m.FP + m.FN; s > 0 {
		m.TP, m.FP, m.FN = m.TP/s, m.FP/s, m.FN/s
	}
	return m
}

// Precision is the share of predicted shingles that are true; 1 when there
// was nothing to find and nothing was found.
func (m Match) Precision() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FP == 0:
		return 0
	}
	return m.TP / (m.TP + m.FP)
}

// Recall is the share of true shingles that were predicted.
func (m Match) Recall() float64 {
	switch {
	case m.FP == 0 && m.FN == 0:
		return 1
	case m.TP == 0 && m.FN == 0:
		return 0
	}
	return m.TP / (m.TP + m.FN)
}

// Score is a benchmark result over many pages.
type Score struct {
	Pages     int
	Precision float64
	Recall    float64
	F1        float64
}

// Summarize averages precision and recall over the pages and takes the F1 of
// the two averages. As in the benchmark, a page where nothing was predicted
// does not count towards precision, and one with nothing to find does not
// count towards recall.
func Summarize(ms []Match) Score {
	var p, r float64
	var np, nr int
	for _, m := range ms {
		if m.TP+m.FP > 0 {
			p += m.Precision()
			np++
		}
		if m.TP+m.FN > 0 {
			r += m.Recall()
			nr++
		}
	}
	s := Score{Pages: len(ms)}
	if np > 0 {
		s.Precision = p / float64(np)
	}
	if nr > 0 {
		s.Recall = r / float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}
