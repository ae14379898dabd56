package anchor

import (
	"fmt"
	"unicode/utf8"
)

// Threshold is the lowest Confidence Anchor accepts; below it the highlight
// is an orphan. An exact occurrence of the quote always clears it (its
// score is at least 50/92); an approximate one needs its context or a close
// quote to vouch for it: a quote three quarters right with no trace of its
// context scores (50·0.75 + 2)/92 ≈ 0.43 and is rejected. For this check a
// context counts only by how far its similarity exceeds what unrelated prose
// reaches by chance (contextChance), so a fragment of a deleted quote found
// among unrelated words is rejected too.
const Threshold = 0.5

// The methods by which Anchor can find a highlight, reported in
// Match.Method.
const (
	// MethodPosition: the stored position still holds the quote and its
	// context, unchanged.
	MethodPosition = "position"
	// MethodQuote: the quote was found unchanged, elsewhere or with changed
	// context.
	MethodQuote = "quote"
	// MethodApproximate: an edited version of the quote was found.
	MethodApproximate = "approximate"
)

// Match is where Anchor found a highlight: code points [Start, End) of the
// text, how sure it is (Confidence in [Threshold, 1]) and how it found it
// (one of the Method constants). With MethodPosition or MethodQuote, the
// text at [Start, End) is exactly the stored quote.
type Match struct {
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	Method     string  `json:"method"`
}

// Anchor finds the highlight described by sel in text, trying its position,
// then its exact quote, then an approximate quote, as the package comment
// explains. The position alone suffices only when quote and context there
// are exactly what Describe would store now; sel.Block and sel.TextHash are
// not used. It returns an error wrapping ErrNotFound when no candidate
// reaches Threshold, and one wrapping ErrEmptyQuote when sel has no quote.
// Text that is not valid UTF-8 is read as Go's []rune conversion reads it:
// each bad byte is one U+FFFD code point.
func Anchor(text string, sel Selector) (Match, error) {
	exact := []rune(sel.Quote.Exact)
	if len(exact) == 0 {
		return Match{}, fmt.Errorf("anchor: %w", ErrEmptyQuote)
	}
	text = valid(text)
	prefix, suffix := []rune(sel.Quote.Prefix), []rune(sel.Quote.Suffix)
	quote := Quote{Exact: string(exact), Prefix: string(prefix), Suffix: string(suffix)}

	pos, hint := sel.Position, -1
	if pos.Start >= 0 && pos.End > pos.Start {
		hint = pos.Start
		if q, ok := cut(text, pos.Start, pos.End); ok && q == quote {
			return Match{Start: pos.Start, End: pos.End, Confidence: 1, Method: MethodPosition}, nil
		}
	}

	sc := newScorer(utf8.RuneCountInString(text), exact, prefix, suffix, hint)
	nBefore, nAfter := sc.contextLen()
	var best hit
	var bestParts parts
	bestScore, rejected := -1.0, -1.0 // rejected: the best total whose evidence fell short
	consider := func(h hit, before, after []rune) {
		p := sc.score(h, before, after)
		t := p.total()
		if p.evidence() < Threshold {
			rejected = max(rejected, t)
			return
		}
		if t > bestScore {
			best, bestParts, bestScore = h, p, t
		}
	}
	for _, o := range nearest(exactStarts(text, quote.Exact), hint, maxOccurrences) {
		end := o.byteStart + len(quote.Exact)
		consider(hit{start: o.start, end: o.start + len(exact)},
			lastRunes(text[:o.byteStart], nBefore), firstRunes(text[end:], nAfter))
	}
	// An exact copy with intact context cannot be beaten; otherwise an
	// edited copy in the right place may score higher.
	if k := budget(len(exact)); k > 0 && (bestScore < 0 || bestParts.prefix < 1 || bestParts.suffix < 1) {
		runes := []rune(text)
		around := func(h hit) {
			consider(h, runes[max(0, h.start-nBefore):h.start], runes[h.end:min(len(runes), h.end+nAfter)])
		}
		s := newSearcher(exact)
		// Text added next to an exact copy belongs to its context, so
		// bounds snap to the context only when no exact copy was found.
		verbatim := bestScore >= 0
		for _, h := range s.hits(runes, k, maxCandidates) {
			if !verbatim {
				h = snap(runes, h, s.fwd, prefix, suffix)
			}
			around(h)
		}
		if bestScore < Threshold && len(exact)/errorDivisor > maxErrors {
			for _, h := range byContext(runes, s.fwd, prefix, suffix) {
				around(h)
			}
		}
	}

	if bestScore < 0 && rejected < 0 {
		return Match{}, fmt.Errorf("anchor: quote %q: no copy within %d edits: %w",
			abbreviate(exact), budget(len(exact)), ErrNotFound)
	}
	if bestScore < 0 {
		return Match{}, fmt.Errorf("anchor: quote %q: best confidence %.2f, need %.2f with context above chance: %w",
			abbreviate(exact), rejected, Threshold, ErrNotFound)
	}
	m := Match{Start: best.start, End: best.end, Confidence: bestScore, Method: MethodApproximate}
	if best.errors == 0 {
		m.Method = MethodQuote
	}
	return m, nil
}

// abbreviate shortens a quote for an error message.
func abbreviate(r []rune) string {
	const n = 40
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
