package anchor

// wordBits is the number of pattern code points one machine word covers.
const wordBits = 64

// pattern is a pattern compiled for Myers' bit-vector algorithm: for every
// distinct code point, one bit mask per 64-code-point block of the pattern
// saying where that code point occurs.
type pattern struct {
	runes  []rune
	blocks int
	// peq holds the masks of symbol s at peq[s*blocks : (s+1)*blocks];
	// symbol 0 stands for every code point absent from the pattern.
	peq   []uint64
	ascii [128]int32
	other map[rune]int32
}

// compile prepares p for scan; p must not change afterwards.
func compile(p []rune) *pattern {
	c := &pattern{runes: p, blocks: (len(p) + wordBits - 1) / wordBits}
	symbols := int32(0)
	for _, r := range p {
		if c.symbol(r) != 0 {
			continue
		}
		symbols++
		if r >= 0 && r < 128 {
			c.ascii[r] = symbols
		} else {
			if c.other == nil {
				c.other = map[rune]int32{}
			}
			c.other[r] = symbols
		}
	}
	c.peq = make([]uint64, int(symbols+1)*c.blocks)
	for i, r := range p {
		c.peq[int(c.symbol(r))*c.blocks+i/wordBits] |= 1 << (i % wordBits)
	}
	return c
}

func (c *pattern) symbol(r rune) int32 {
	if r >= 0 && r < 128 {
		return c.ascii[r]
	}
	return c.other[r]
}

// scan runs the edit-distance dynamic programme of the pattern against text
// one text code point (one column) at a time, 64 pattern rows per word, and
// calls hit(end, d) for every end in 1..len(text) where the pattern can be
// aligned with d <= k edits to a piece of text ending just before end.
//
// Unanchored, the piece may start anywhere (approximate search) and only the
// blocks of rows whose distance can still be <= k are computed (Ukkonen's
// cut-off, Myers 1999 figure 9), which makes the search O(k/64 · len(text)).
// Anchored, the piece must start at text[0] (edit distance of the pattern
// to every prefix of text), and every block is computed.
func (c *pattern) scan(text []rune, k int, anchored bool, hit func(end, d int)) {
	m := len(c.runes)
	if m == 0 || len(text) == 0 || k < 0 {
		return
	}
	nb := c.blocks
	last := nb - 1
	rows := func(b int) int { return min(wordBits, m-b*wordBits) }
	lastRow := uint(rows(last) - 1)
	pv := make([]uint64, nb) // rows whose distance is one more than the row above
	mv := make([]uint64, nb) // rows whose distance is one less
	score := make([]int, nb) // distance at the last row of each block
	y := last                // last block computed in this column
	if !anchored {
		k = min(k, m)
		y = min(last, max(0, (k+wordBits-1)/wordBits-1))
	}
	for b := 0; b <= y; b++ {
		pv[b] = ^uint64(0)
		score[b] = b*wordBits + rows(b)
	}
	hin := 0
	if anchored {
		hin = 1 // row 0 grows by one per column: text before the match costs
	}
	for j, r := range text {
		var s int
		if r >= 0 && r < 128 {
			s = int(c.ascii[r])
		} else {
			s = int(c.other[r])
		}
		eq := c.peq[s*nb : s*nb+nb]
		carry := hin // horizontal delta entering block b's first row
		grown := false
		for b := 0; ; b++ {
			// One block of one column: Myers 1999 figure 8, with Hyyrö's
			// handling of a negative horizontal input, branch-free.
			p, n := pv[b], mv[b]
			neg := uint64(carry) >> 63  // 1 when carry < 0
			pos := uint64(-carry) >> 63 // 1 when carry > 0
			e := eq[b] | neg
			xv := e | n
			xh := (((e & p) + p) ^ p) | e
			ph := n | ^(xh | p)
			mh := p & xh // disjoint from ph
			lr := uint(wordBits - 1)
			if b == last {
				lr = lastRow
			}
			carry = int(ph>>lr&1) - int(mh>>lr&1)
			ph = ph<<1 | pos
			mh = mh<<1 | neg
			pv[b], mv[b] = mh|^(xv|ph), ph&xv
			score[b] += carry
			if b < y {
				continue
			}
			if anchored || grown || y == last || score[y]-carry > k || (eq[y+1]&1 == 0 && carry >= 0) {
				break
			}
			// The next block may hold distances <= k: compute it too,
			// taking its previous column as the worst case (all +1).
			grown = true
			y++
			pv[y], mv[y] = ^uint64(0), 0
			score[y] = score[y-1] - carry + rows(y)
		}
		if !anchored && !grown {
			for y > 0 && score[y] >= k+wordBits {
				y--
			}
		}
		if y == last && score[y] <= k {
			hit(j+1, score[y])
		}
	}
}
