package anchor

import "slices"

// The weights of a candidate's score, Hypothesis' own: the quote counts
// most, its context next, and closeness to the old position only breaks
// ties.
const (
	quoteWeight    = 50
	prefixWeight   = 20
	suffixWeight   = 20
	positionWeight = 2
	totalWeight    = quoteWeight + prefixWeight + suffixWeight + positionWeight
)

// hit is a candidate place for the quote: code points [start, end) of the
// text, reached with errors edits.
type hit struct {
	start, end, errors int
}

// parts are the similarities a score is made of, each in [0, 1].
type parts struct {
	quote, prefix, suffix, position float64
}

func (p parts) total() float64 {
	return (quoteWeight*p.quote + prefixWeight*p.prefix + suffixWeight*p.suffix +
		positionWeight*p.position) / totalWeight
}

// contextChance is the context similarity below which a context is no
// evidence. Unrelated text is never at 0: two random stretches of 32 code
// points of BBC prose score about 0.3 (0.41 at the 99th percentile, 0.47 at
// the 99.9th), the best alignment always finding some letters in common,
// while the right context, even partly edited, stays above 0.8 in
// TestAnchor_Suite.
const contextChance = 0.5

// evidence is total with each context similarity counted only above
// contextChance, rescaled to [0, 1]: the score a candidate would have if
// context no better than chance counted as none. Anchor accepts a
// candidate only when its evidence reaches Threshold, so that a
// three-quarters-right quote among unrelated words is rejected as the
// Threshold comment says. An exact quote always passes (50/92).
func (p parts) evidence() float64 {
	above := func(s float64) float64 { return max(0, (s-contextChance)/(1-contextChance)) }
	return (quoteWeight*p.quote + prefixWeight*above(p.prefix) + suffixWeight*above(p.suffix) +
		positionWeight*p.position) / totalWeight
}

// scorer scores candidates for one selector in one text.
type scorer struct {
	textLen        int // in code points
	quoteLen       int
	prefix, suffix *pattern // nil when the selector has no context there
	hint           int      // stored start, or -1
}

func newScorer(textLen int, quote, prefix, suffix []rune, hint int) *scorer {
	s := &scorer{textLen: textLen, quoteLen: len(quote), hint: hint}
	if len(prefix) > 0 {
		s.prefix = compile(prefix)
	}
	if len(suffix) > 0 {
		s.suffix = compile(suffix)
	}
	return s
}

// contextLen returns how many code points of text before and after a
// candidate the score looks at.
func (s *scorer) contextLen() (before, after int) {
	if s.prefix != nil {
		before = len(s.prefix.runes)
	}
	if s.suffix != nil {
		after = len(s.suffix.runes)
	}
	return before, after
}

// score scores candidate h, given the contextLen code points of text just
// before and after it (fewer at the ends of the text).
func (s *scorer) score(h hit, before, after []rune) parts {
	p := parts{
		quote:    max(0, 1-float64(h.errors)/float64(s.quoteLen)),
		prefix:   1,
		suffix:   1,
		position: 1,
	}
	if s.prefix != nil {
		p.prefix = similarity(s.prefix, before)
	}
	if s.suffix != nil {
		p.suffix = similarity(s.suffix, after)
	}
	if s.hint >= 0 && s.textLen > 0 {
		p.position = max(0, 1-float64(abs(h.start-s.hint))/float64(s.textLen))
	}
	return p
}

// similarity is 1 − e/len(p), e being the fewest edits that turn p into a
// piece of window (Hypothesis' textMatchScore); 0 for an empty window.
func similarity(p *pattern, window []rune) float64 {
	m := len(p.runes)
	if len(window) == 0 {
		return 0
	}
	if slices.Equal(p.runes, window) {
		return 1
	}
	best := m
	p.scan(window, m, false, func(_, d int) { best = min(best, d) })
	return 1 - float64(best)/float64(m)
}
