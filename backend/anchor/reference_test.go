package anchor

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// naiveStarts is the reference for exactStarts: compare at every offset.
func naiveStarts(text, quote []rune) []int {
	var out []int
	for i := 0; len(quote) > 0 && i+len(quote) <= len(text); i++ {
		if slices.Equal(text[i:i+len(quote)], quote) {
			out = append(out, i)
		}
	}
	return out
}

// dpDistances is the reference for pattern.scan: the textbook dynamic
// programme, returning D[m][j] for j = 1..len(text), where row 0 is 0
// (unanchored) or j (anchored).
func dpDistances(text, pat []rune, anchored bool) []int {
	m := len(pat)
	col := make([]int, m+1)
	for i := range col {
		col[i] = i
	}
	out := make([]int, len(text))
	for j, r := range text {
		diag := col[0]
		if anchored {
			col[0] = j + 1
		}
		for i := 1; i <= m; i++ {
			cost := 1
			if pat[i-1] == r {
				cost = 0
			}
			next := min(diag+cost, col[i]+1, col[i-1]+1)
			diag, col[i] = col[i], next
		}
		out[j] = col[m]
	}
	return out
}

// starts returns the code-point starts of occurrences.
func starts(occs []occurrence) []int {
	var out []int
	for _, o := range occs {
		out = append(out, o.start)
	}
	return out
}

type endDist struct{ end, d int }

// checkScan compares scan with the dynamic programme for one input.
func checkScan(t *testing.T, text, pat []rune, k int, anchored bool) {
	t.Helper()
	var got, want []endDist
	compile(pat).scan(text, k, anchored, func(end, d int) { got = append(got, endDist{end, d}) })
	if len(pat) > 0 && k >= 0 {
		for j, d := range dpDistances(text, pat, anchored) {
			if d <= k {
				want = append(want, endDist{j + 1, d})
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Fatalf("scan(%q, %q, k=%d, anchored=%v): got %v, want %v", string(text), string(pat), k, anchored, got, want)
	}
}

func randomRunes(r *rand.Rand, alphabet []rune, n int) []rune {
	out := make([]rune, n)
	for i := range out {
		out[i] = alphabet[r.IntN(len(alphabet))]
	}
	return out
}

// Ensure that exactStarts finds exactly the occurrences a naive search
// finds, overlapping ones and multi-byte code points included.
func TestExactStarts_MatchesNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("ab€😀م")
	for range 5000 {
		text := randomRunes(r, alphabet[:1+r.IntN(len(alphabet))], r.IntN(60))
		quote := randomRunes(r, alphabet, 1+r.IntN(4))
		if r.IntN(3) == 0 && len(text) > 0 { // a quote that surely occurs
			i := r.IntN(len(text))
			quote = text[i:min(len(text), i+1+r.IntN(5))]
		}
		occs := exactStarts(string(text), string(quote))
		if got, want := starts(occs), naiveStarts(text, quote); !slices.Equal(got, want) {
			t.Fatalf("exactStarts(%q, %q): got %v, want %v", string(text), string(quote), got, want)
		}
		for _, o := range occs {
			if s := string(text); !strings.HasPrefix(s[o.byteStart:], string(quote)) || utf8.RuneCountInString(s[:o.byteStart]) != o.start {
				t.Fatalf("exactStarts(%q, %q): byte start %d does not match code point %d", s, string(quote), o.byteStart, o.start)
			}
		}
	}
}

// Ensure that the bit-parallel scan reports the same ends and distances as
// the textbook dynamic programme, across block boundaries (patterns longer
// than 64 code points) and with Ukkonen's cut-off at every budget.
func TestScan_MatchesDP(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("abc€")
	for range 500 { // FuzzSearch explores further

		pat := randomRunes(r, alphabet[:2+r.IntN(3)], 1+r.IntN(200))
		text := randomRunes(r, alphabet, r.IntN(300))
		if r.IntN(2) == 0 && len(text) > 10 { // plant an edited copy
			at := r.IntN(len(text))
			text = slices.Concat(text[:at], pat[:len(pat)*3/4], text[at:])
		}
		k := r.IntN(len(pat) + 2)
		checkScan(t, text, pat, k, r.IntN(2) == 0)
	}
}

// Ensure that nearest keeps the occurrences closest to the hint, in order.
func TestNearest(t *testing.T) {
	var occs []occurrence
	for i := range 6 {
		occs = append(occs, occurrence{start: i * 10})
	}
	tests := []struct {
		hint, limit int
		want        []int
	}{
		{-1, 2, []int{0, 10}},
		{0, 2, []int{0, 10}},
		{26, 3, []int{20, 30, 40}},
		{24, 3, []int{10, 20, 30}},
		{100, 2, []int{40, 50}},
		{25, 10, []int{0, 10, 20, 30, 40, 50}},
	}
	for _, tt := range tests {
		if got := starts(nearest(occs, tt.hint, tt.limit)); !slices.Equal(got, tt.want) {
			t.Errorf("nearest(hint %d, limit %d): got %v, want %v", tt.hint, tt.limit, got, tt.want)
		}
	}
}

// Ensure that lastRunes and firstRunes cut whole code points.
func TestFirstLastRunes(t *testing.T) {
	s := "a😀bمc"
	for n, want := range []string{"", "c", "مc", "bمc", "😀bمc", "a😀bمc", "a😀bمc"} {
		if got := string(lastRunes(s, n)); got != want {
			t.Errorf("lastRunes(%q, %d): got %q, want %q", s, n, got, want)
		}
	}
	for n, want := range []string{"", "a", "a😀", "a😀b", "a😀bم", "a😀bمc", "a😀bمc"} {
		if got := string(firstRunes(s, n)); got != want {
			t.Errorf("firstRunes(%q, %d): got %q, want %q", s, n, got, want)
		}
	}
}
