package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/junegunn/fzf/src/algo"
	"github.com/junegunn/fzf/src/util"
)

// fzfTitles holds the 100,000 titles as fzf keeps its items: converted to
// util.Chars once, when the list is read, not on every keystroke.
var fzfTitles []util.Chars

// BenchmarkFzfTitles is the second peer of the search benchmark: fzf's own
// matcher (FuzzyMatchV2, the default --algo=v2, case-insensitive, accents
// folded) over every title, as `fzf --filter` runs it on one core. Like fzf's
// extended mode, each word of the query must match, and a title's score is
// the sum of its words' scores; the best 50 are kept, as our search keeps
// its limit. It finds titles only, and a typo that swaps or drops a letter
// ("conflcit") misses, since fzf allows no mismatch.
func BenchmarkFzfTitles(b *testing.B) {
	benchIndex(b)
	algo.Init("default")
	if fzfTitles == nil {
		fzfTitles = make([]util.Chars, benchSize)
		for i := range fzfTitles {
			fzfTitles[i] = util.ToChars([]byte(synthetic(bench.bbc, i).Title))
		}
	}
	// fzf's per-matcher scratch space, with fzf's own sizes.
	slab := util.MakeSlab(100*1024, 2048)
	found := 0
	timed(b, func(i int) {
		if len(fzfFind(benchQueries[i%len(benchQueries)], fzfTitles, slab, 50)) > 0 {
			found++
		}
	})
	b.ReportMetric(float64(found)/float64(b.N), "found-share")
}

// fzfHit is one title fzf matched, with its summed score.
type fzfHit struct{ index, score int }

// fzfFind returns the best limit titles matching every word of q.
func fzfFind(q string, titles []util.Chars, slab *util.Slab, limit int) []fzfHit {
	var words [][]rune
	for _, w := range strings.Fields(strings.ToLower(q)) {
		words = append(words, algo.NormalizeRunes([]rune(w)))
	}
	var hits []fzfHit
	for i := range titles {
		total := 0
		for _, w := range words {
			r, _ := algo.FuzzyMatchV2(false, true, true, &titles[i], w, false, slab)
			if r.Start < 0 {
				total = -1
				break
			}
			total += r.Score
		}
		if total > 0 {
			hits = append(hits, fzfHit{i, total})
		}
	}
	slices.SortStableFunc(hits, func(a, b fzfHit) int { return b.score - a.score })
	return hits[:min(limit, len(hits))]
}

// TestFzfFind checks the peer finds what fzf would: every word, in order
// of score, and nothing for a transposed letter.
func TestFzfFind(t *testing.T) {
	algo.Init("default")
	titles := []util.Chars{
		util.ToChars([]byte("Yukos auction goes ahead")),
		util.ToChars([]byte("Oil prices rise after Yukos sale")),
		util.ToChars([]byte("Letters on the Syrian conflict")),
	}
	slab := util.MakeSlab(100*1024, 2048)
	got := fzfFind("yukos auction", titles, slab, 10)
	if len(got) != 1 || got[0].index != 0 {
		t.Errorf("fzfFind(yukos auction) = %v, want only title 0", got)
	}
	if got := fzfFind("yukos", titles, slab, 10); len(got) != 2 {
		t.Errorf("fzfFind(yukos) found %d titles, want 2", len(got))
	}
	if got := fzfFind("conflcit", titles, slab, 10); len(got) != 0 {
		t.Errorf("fzfFind(conflcit) = %v, want nothing: fzf allows no transposition", got)
	}
}
