package anchor

import (
	"cmp"
	"slices"
)

const (
	// errorDivisor sets the edit budget of the approximate search: a
	// quarter of the quote's length (Hypothesis allows half; see the
	// package comment for why this is stricter).
	errorDivisor = 4
	// maxErrors caps the budget of a search over the whole text, as
	// Hypothesis does, which bounds its cost near 5 words per code point of
	// text whatever the quote's length.
	maxErrors = 256
	// maxCandidates bounds the approximate candidates scored per search.
	maxCandidates = 16
	// maxPairs bounds the prefix/suffix pairs checked against a long quote.
	maxPairs = 4
	// headLength is the length of the head by which the start of a longer
	// match is found.
	headLength = 256
)

// budget returns the number of edits the search allows for a quote of m
// code points.
func budget(m int) int {
	return min(m/errorDivisor, maxErrors)
}

// searcher finds approximate occurrences of one pattern.
type searcher struct {
	fwd, rev *pattern // the pattern and its reverse, to find starts
	head     *searcher
}

func newSearcher(p []rune) *searcher {
	r := slices.Clone(p)
	slices.Reverse(r)
	s := &searcher{fwd: compile(p), rev: compile(r)}
	if len(p) > headLength {
		s.head = newSearcher(p[:headLength])
	}
	return s
}

// hits returns where the pattern occurs in text with at most k edits: in
// every run of consecutive match ends, the ends with the run's fewest edits,
// each with its start (see start); fewest edits first, at most limit.
func (s *searcher) hits(text []rune, k, limit int) []hit {
	var all, run []hit // run: the ends with the fewest edits of the current run
	prev := -1
	s.fwd.scan(text, k, false, func(end, d int) {
		if end != prev+1 {
			all = append(all, run...)
			run = run[:0]
		}
		prev = end
		switch {
		case len(run) == 0 || d < run[0].errors:
			run = append(run[:0], hit{end: end, errors: d})
		case d == run[0].errors:
			run = append(run, hit{end: end, errors: d})
		}
	})
	all = append(all, run...)
	slices.SortStableFunc(all, func(a, b hit) int { return cmp.Compare(a.errors, b.errors) })
	all = all[:min(len(all), limit)]
	for i := range all {
		all[i].start = s.start(text, all[i].end, all[i].errors)
	}
	return all
}

// start returns where the match ending at end with d edits starts: the
// reversed pattern is aligned, anchored, against the reversed text before
// end, and the longest piece within d edits wins. That costs
// O(len(pattern)²/64), so a pattern longer than headLength is instead
// started where its head best matches, nearest end − len(pattern).
func (s *searcher) start(text []rune, end, d int) int {
	m := len(s.rev.runes)
	guess := max(0, end-m)
	lo := max(0, end-m-d)
	if s.head != nil {
		window := text[lo:min(end, guess+d+headLength+d)]
		hs := s.head.hits(window, d, maxCandidates)
		if len(hs) == 0 {
			return guess
		}
		best := lo + hs[0].start
		for _, h := range hs[1:] {
			if h.errors == hs[0].errors && abs(lo+h.start-guess) < abs(best-guess) {
				best = lo + h.start
			}
		}
		return best
	}
	window := slices.Clone(text[lo:end])
	slices.Reverse(window)
	longest := -1
	s.rev.scan(window, d, true, func(n, _ int) { longest = n })
	if longest < 0 { // cannot happen for a real match; keep the guess sane
		return guess
	}
	return end - longest
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// distance returns the edit distance between the pattern p and all of text,
// or k+1 when it is more than k.
func distance(p *pattern, text []rune, k int) int {
	d := k + 1
	if len(text) == 0 {
		if len(p.runes) <= k {
			d = len(p.runes)
		}
		return d
	}
	p.scan(text, k, true, func(end, e int) {
		if end == len(text) {
			d = e
		}
	})
	return d
}

// byContext finds a long quote too edited for the capped search: places
// where the prefix ends and, about len(quote) later, the suffix starts, the
// text between them checked against the whole quote with the full budget
// of a quarter of its length.
func byContext(text []rune, quote *pattern, prefix, suffix []rune) []hit {
	if len(prefix) == 0 || len(suffix) == 0 {
		return nil
	}
	m := len(quote.runes)
	k := m / errorDivisor
	pre := newSearcher(prefix).hits(text, len(prefix)/errorDivisor, maxCandidates)
	suf := newSearcher(suffix).hits(text, len(suffix)/errorDivisor, maxCandidates)
	var out []hit
	tried := 0
	for _, p := range pre {
		for _, s := range suf {
			if gap := s.start - p.end; gap < m-k || gap > m+k {
				continue
			}
			if tried++; tried > maxPairs {
				return out
			}
			if d := distance(quote, text[p.end:s.start], k); d <= k {
				out = append(out, hit{start: p.end, end: s.start, errors: d})
			}
		}
	}
	return out
}

// snap moves the bounds of approximate match h to where its stored context
// is found intact, at most half the quote's length away: the end to the
// nearest start of the whole suffix, the start to the nearest end of the
// whole prefix, and counts the edits again. The edit search, which knows
// only the quote, trims a replaced first or last word rather than pay for
// it ("to pull in e" for "to pull in five" in "to pull in early": two edits
// instead of five); an intact context says where the highlight really ends.
func snap(text []rune, h hit, quote *pattern, prefix, suffix []rune) hit {
	slack := len(quote.runes) / 2
	start, end := h.start, h.end
	if i, ok := contextAt(text, suffix, h.end, slack, false); ok {
		end = i
	}
	if i, ok := contextAt(text, prefix, h.start, slack, true); ok {
		start = i
	}
	if (start == h.start && end == h.end) || start >= end {
		return h
	}
	return hit{start: start, end: end, errors: distance(quote, text[start:end], len(quote.runes))}
}

// contextAt returns the offset nearest at, at most slack away, that the
// context ctx ends at (before) or starts at (after) in text. A context
// shorter than ContextLength was cut by the start or end of the text and
// must be found there.
func contextAt(text, ctx []rune, at, slack int, before bool) (int, bool) {
	if len(ctx) == 0 {
		return 0, false
	}
	for d := 0; d <= slack; d++ {
		for _, i := range [2]int{at - d, at + d} {
			j := i // where ctx starts
			if before {
				j = i - len(ctx)
			}
			if j < 0 || j+len(ctx) > len(text) || !slices.Equal(text[j:j+len(ctx)], ctx) {
				continue
			}
			if len(ctx) < ContextLength && ((before && j != 0) || (!before && j+len(ctx) != len(text))) {
				continue
			}
			return i, true
		}
	}
	return 0, false
}
