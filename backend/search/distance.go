package search

// distance returns the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and transpositions of neighbours each
// count one), or k+1 when it is more than k. It is the simple reference the
// vocabulary walk in vocab.go is checked against, and it scans the few words
// not yet merged into the sorted vocabulary.
func distance(a, b []rune, k int) int {
	if d := len(a) - len(b); d > k || -d > k {
		return k + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cur[j] = step(a, b, i, j, prev2, prev, cur)
			best = min(best, cur[j])
		}
		if best > k {
			return k + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], k+1)
}

// step computes cell (i, j) of the distance matrix of a and b from the two
// rows above it and the cells to its left.
func step(a, b []rune, i, j int, prev2, prev, cur []int) int {
	cost := 1
	if a[i-1] == b[j-1] {
		cost = 0
	}
	d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
	if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
		d = min(d, prev2[j-2]+1)
	}
	return d
}
