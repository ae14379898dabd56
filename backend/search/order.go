package search

import (
	"container/heap"
	"slices"

	"github.com/sahilm/fuzzy"
)

// byRank orders candidates best first: score, then newest, then ID.
func byRank(a, b candidate) int {
	switch {
	case a.score != b.score:
		return cmpDesc(a.score, b.score)
	case a.added != b.added:
		return cmpDesc(float64(a.added), float64(b.added))
	case a.id < b.id:
		return -1
	case a.id > b.id:
		return 1
	}
	return 0
}

// best returns the n best candidates in rank order, reusing cs.
func best(cs []candidate, n int) []candidate {
	if len(cs) > 4*n {
		h := worstFirst(cs[:0:0])
		for _, c := range cs {
			switch {
			case len(h) < n:
				heap.Push(&h, c)
			case byRank(c, h[0]) < 0:
				h[0] = c
				heap.Fix(&h, 0)
			}
		}
		cs = append(cs[:0], h...)
	}
	slices.SortFunc(cs, byRank)
	return cs[:min(len(cs), n)]
}

// worstFirst is a heap of candidates with the worst on top.
type worstFirst []candidate

func (h worstFirst) Len() int           { return len(h) }
func (h worstFirst) Less(i, j int) bool { return byRank(h[i], h[j]) > 0 }
func (h worstFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *worstFirst) Push(x any)        { *h = append(*h, x.(candidate)) }
func (h *worstFirst) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// rerank adds to each candidate, for each query word that sahilm/fuzzy finds
// in its folded title, up to weightRerank: the word's best title match gets
// it all, the worst 1/(spread+1) of it. Then it re-sorts cs.
func rerank(cs []candidate, words []string) {
	if len(cs) == 0 || len(words) == 0 {
		return
	}
	titles := make([]string, len(cs))
	for i, c := range cs {
		titles[i] = fold(c.title)
	}
	for _, w := range words {
		ms := fuzzy.FindNoSort(w, titles)
		if len(ms) == 0 {
			continue
		}
		lo, hi := ms[0].Score, ms[0].Score
		for _, m := range ms {
			lo, hi = min(lo, m.Score), max(hi, m.Score)
		}
		for _, m := range ms {
			cs[m.Index].score += rerankBonus(m.Score, lo, hi)
		}
	}
	slices.SortStableFunc(cs, byRank)
}

// rerankBonus scales sahilm score s within [lo, hi] to (0, weightRerank].
func rerankBonus(s, lo, hi int) float64 {
	return weightRerank * float64(s-lo+1) / float64(hi-lo+1)
}
