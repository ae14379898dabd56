package search

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// vocab interns words: word → id, with the ids also kept in byte order of
// their words so that prefix ranges are a binary search away and the typo
// walk can share work between words with a common prefix, as in a trie.
// New words go to pending, scanned linearly, until enough of them are merged.
type vocab struct {
	ids     map[string]uint32
	words   []string
	sorted  []uint32
	pending []uint32
}

func newVocab() vocab { return vocab{ids: map[string]uint32{}} }

// intern returns the id of w, adding a copy of it when new: w is often a
// slice of a longer string that the vocabulary must not keep alive.
func (v *vocab) intern(w string) uint32 {
	if id, ok := v.ids[w]; ok {
		return id
	}
	id := uint32(len(v.words))
	s := strings.Clone(w)
	v.ids[s] = id
	v.words = append(v.words, s)
	v.pending = append(v.pending, id)
	if len(v.pending) > max(1024, len(v.sorted)/8) {
		v.merge()
	}
	return id
}

// merge moves the pending ids into sorted.
func (v *vocab) merge() {
	byWord := func(a, b uint32) int { return strings.Compare(v.words[a], v.words[b]) }
	slices.SortFunc(v.pending, byWord)
	out := make([]uint32, 0, len(v.sorted)+len(v.pending))
	i, j := 0, 0
	for i < len(v.sorted) && j < len(v.pending) {
		if byWord(v.sorted[i], v.pending[j]) < 0 {
			out = append(out, v.sorted[i])
			i++
		} else {
			out = append(out, v.pending[j])
			j++
		}
	}
	out = append(append(out, v.sorted[i:]...), v.pending[j:]...)
	v.sorted, v.pending = out, v.pending[:0]
}

// withPrefix calls fn for every word starting with p.
func (v *vocab) withPrefix(p string, fn func(id uint32)) {
	lo := sort.Search(len(v.sorted), func(i int) bool { return v.words[v.sorted[i]] >= p })
	for i := lo; i < len(v.sorted) && strings.HasPrefix(v.words[v.sorted[i]], p); i++ {
		fn(v.sorted[i])
	}
	for _, id := range v.pending {
		if strings.HasPrefix(v.words[id], p) {
			fn(id)
		}
	}
}

// similar calls fn for every word within distance k of q (see distance),
// including q itself at distance 0. It walks the sorted words keeping one
// matrix row per prefix character, reusing the rows of the common prefix
// with the previous word and skipping every word under a prefix whose row is
// already past k.
func (v *vocab) similar(q []rune, k int, fn func(id uint32, d int)) {
	n := len(q)
	rows := [][]int{make([]int, n+1)}
	for j := range rows[0] {
		rows[0][j] = j
	}
	var prev, cur []rune
	valid := 0 // rows[1..valid] hold prefix prev[:valid]
	for i := 0; i < len(v.sorted); {
		w := v.words[v.sorted[i]]
		cur = cur[:0]
		for _, r := range w {
			cur = append(cur, r)
		}
		d := 0
		for d < valid && d < len(cur) && prev[d] == cur[d] {
			d++
		}
		pruned := false
		for d < len(cur) {
			d++
			for len(rows) <= d {
				rows = append(rows, make([]int, n+1))
			}
			row := rows[d]
			row[0] = d
			best := d
			for j := 1; j <= n; j++ {
				var above2 []int
				if d > 1 {
					above2 = rows[d-2]
				}
				row[j] = step(cur, q, d, j, above2, rows[d-1], row)
				best = min(best, row[j])
			}
			if best > k {
				pruned = true
				break
			}
		}
		prev, cur = cur, prev
		if pruned {
			valid = d - 1
			i = v.skip(i, prefixBytes(w, d))
			continue
		}
		valid = d
		if dist := rows[d][n]; dist <= k {
			fn(v.sorted[i], dist)
		}
		i++
	}
	for _, id := range v.pending {
		if dist := distance([]rune(v.words[id]), q, k); dist <= k {
			fn(id, dist)
		}
	}
}

// skip returns the index of the first sorted word after i not starting
// with p, which sorted[i] does. It gallops, as most runs are short.
func (v *vocab) skip(i int, p string) int {
	has := func(j int) bool { return j < len(v.sorted) && strings.HasPrefix(v.words[v.sorted[j]], p) }
	lo, step := i, 1
	for has(lo + step) {
		lo += step
		step *= 2
	}
	hi := min(lo+step, len(v.sorted))
	return lo + 1 + sort.Search(hi-lo-1, func(x int) bool { return !has(lo + 1 + x) })
}

// prefixBytes returns the first n runes of s.
func prefixBytes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
