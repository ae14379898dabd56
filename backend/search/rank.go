package search

import (
	"math"
	"slices"
	"unicode/utf8"
)

// Match classes: how well a word of the article matches a word of the query.
const (
	classExact  = 1.0
	classPrefix = 0.7
	classTypo1  = 0.5
	classTypo2  = 0.3
)

// Field weights; a body occurrence is scaled by its count as in BM25.
const (
	weightTitle     = 3.0
	weightHighlight = 2.0
	weightTag       = 2.0
	weightNote      = 1.5
	weightText      = 1.0
	bm25K1          = 1.2
)

// Bonuses applied after the word scores.
const (
	// weightRerank is the most a query word adds when sahilm/fuzzy finds it
	// in a title of the top rerankTop candidates.
	weightRerank = 0.5
	rerankTop    = 100
	// weightProximity is added when all query words fall in one snippet
	// window, in proportion for fewer.
	weightProximity = 1.0
)

// Expansion limits.
const (
	// minPrefixRunes is the shortest word matched as a prefix, except the
	// last word while it is being typed.
	minPrefixRunes = 3
	// maxExpansions caps the article words one query word stands for.
	maxExpansions = 64
)

// SnippetResults is the number of top results given snippets and checked
// for proximity.
const SnippetResults = 20

// Typo limits: words of minTypoRunes runes or more may hold one typo, from
// twoTypoRunes two, never more than maxTypos.
const (
	minTypoRunes = 4
	twoTypoRunes = 8
	maxTypos     = 2
)

// typoBudget returns the edits allowed between a query word and an article
// word, the longer of which has n runes.
func typoBudget(n int) int {
	switch {
	case n < minTypoRunes:
		return 0
	case n < twoTypoRunes:
		return 1
	}
	return maxTypos
}

// idf is BM25's inverse document frequency of a word in df of n articles.
func idf(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// fieldScore sums the weights of the fields in posting info b.
func fieldScore(b byte) float64 {
	f := infoFields(b)
	s := 0.0
	if f&FieldTitle != 0 {
		s += weightTitle
	}
	if f&FieldHighlight != 0 {
		s += weightHighlight
	}
	if f&FieldTag != 0 {
		s += weightTag
	}
	if f&FieldNote != 0 {
		s += weightNote
	}
	if f&FieldText != 0 {
		tf := float64(infoCount(b))
		s += weightText * tf * (bm25K1 + 1) / (tf + bm25K1)
	}
	return s
}

// expansion is one article word standing for a query word, with the weight
// of that match: class times idf (a non-exact match never counts as rarer
// than the exact word).
type expansion struct {
	id     uint32
	class  float64
	weight float64
}

// expand returns the article words matching query word w, best first.
func (ix *Index) expand(w string, prefix bool) []expansion {
	n := len(ix.docs)
	found := map[uint32]float64{}
	better := func(id uint32, c float64) {
		if found[id] < c {
			found[id] = c
		}
	}
	q := []rune(w)
	// Typos may drop letters, so the budget is that of the longer of the
	// two words ("tme" finds "time" as "tmie" does), and a word is at most
	// maxTypos shorter than one it matches.
	if k := typoBudget(len(q) + maxTypos); len(q) >= minTypoRunes-1 && k > 0 {
		ix.voc.similar(q, k, func(id uint32, d int) {
			if d <= typoBudget(max(len(q), utf8.RuneCountInString(ix.voc.words[id]))) {
				better(id, [...]float64{classExact, classTypo1, classTypo2}[d])
			}
		})
	} else if id, ok := ix.voc.ids[w]; ok {
		better(id, classExact)
	}
	if prefix || len(q) >= minPrefixRunes {
		ix.voc.withPrefix(w, func(id uint32) {
			if utf8.RuneCountInString(ix.voc.words[id]) > len(q) {
				better(id, classPrefix)
			}
		})
	}
	out := make([]expansion, 0, len(found))
	for id, c := range found {
		out = append(out, expansion{id: id, class: c})
	}
	slices.SortFunc(out, func(a, b expansion) int {
		if a.class != b.class {
			return cmpDesc(a.class, b.class)
		}
		if da, db := ix.post.df(a.id), ix.post.df(b.id); da != db {
			return cmpDesc(float64(da), float64(db))
		}
		return int(a.id) - int(b.id)
	})
	out = out[:min(len(out), maxExpansions)]
	capIDF := math.Inf(1)
	if id, ok := ix.voc.ids[w]; ok {
		capIDF = idf(n, int(ix.post.df(id)))
	}
	for i := range out {
		out[i].weight = out[i].class * min(capIDF, idf(n, int(ix.post.df(out[i].id))))
	}
	return out
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
