package search

import (
	"fmt"
	"slices"
)

// matcher finds a query's words in an article's fields: every article word
// any query term expanded to, with the term's index.
type matcher struct {
	terms map[string]int
	n     int   // query terms
	in    Field // 0: all fields
}

func (m *matcher) add(ix *Index, exps []expansion, term int) {
	for _, e := range exps {
		w := ix.voc.words[e.id]
		if _, ok := m.terms[w]; !ok {
			m.terms[w] = term
		}
	}
}

func (m *matcher) allows(f Field) bool { return m.in == 0 || m.in&f != 0 }

// find returns s as runes and its matched words.
func (m *matcher) find(s string) ([]rune, []span) {
	var ms []span
	eachWord(s, func(w []byte, start, end int) {
		if t, ok := m.terms[string(w)]; ok && len(ms) < maxSpans {
			ms = append(ms, span{start, end, t})
		}
	})
	if len(ms) == 0 {
		return nil, nil
	}
	return []rune(s), ms
}

// hit returns the hit of kind for s, and whether s matched.
func (m *matcher) hit(kind, s string) (Hit, passage, bool) {
	rs, ms := m.find(s)
	if len(ms) == 0 {
		return Hit{}, passage{}, false
	}
	p := cut(rs, ms)
	var terms uint64
	for _, sp := range ms {
		if sp.term < 64 {
			terms |= 1 << sp.term
		}
	}
	return Hit{Kind: kind, Snippet: p.snippet, Positions: p.positions, Terms: terms}, p, true
}

// metaHits returns the title and tag hits of a candidate, which need no
// article text.
func (m *matcher) metaHits(c candidate) []Hit {
	return append(m.titleHits(c), m.tagHits(c)...)
}

func (m *matcher) titleHits(c candidate) []Hit {
	if h, _, ok := m.hit(KindTitle, c.title); ok && m.allows(FieldTitle) {
		return []Hit{h}
	}
	return nil
}

func (m *matcher) tagHits(c candidate) []Hit {
	var hs []Hit
	if m.allows(FieldTag) {
		for _, t := range c.tags {
			if h, _, ok := m.hit(KindTag, t); ok {
				hs = append(hs, h)
			}
		}
	}
	return hs
}

// hits returns all hits of d, best field first, and the proximity bonus of
// its best text passage.
func (m *matcher) hits(d Doc, c candidate) ([]Hit, float64) {
	hs := m.titleHits(c)
	for _, hl := range d.Highlights {
		if h, _, ok := m.hit(KindHighlight, hl.Quote); ok && m.allows(FieldHighlight) {
			h.HighlightID, h.Start, h.End = hl.ID, hl.Start, hl.End
			hs = append(hs, h)
		}
	}
	if h, _, ok := m.hit(KindNote, d.Note); ok && m.allows(FieldNote) {
		hs = append(hs, h)
	}
	for _, hl := range d.Highlights {
		if h, _, ok := m.hit(KindNote, hl.Note); ok && m.allows(FieldNote) {
			h.HighlightID = hl.ID
			hs = append(hs, h)
		}
	}
	prox := 0.0
	if h, p, ok := m.hit(KindText, d.Text); ok && m.allows(FieldText) {
		h.Start, h.End = p.start, p.end
		hs = append(hs, h)
		if m.n > 1 {
			prox = weightProximity * float64(p.distinct-1) / float64(m.n-1)
		}
	}
	hs = append(hs, m.tagHits(c)...)
	if m.allows(FieldTag) {
		for _, hl := range d.Highlights {
			for _, t := range hl.Tags {
				if h, _, ok := m.hit(KindTag, t); ok {
					h.HighlightID = hl.ID
					hs = append(hs, h)
				}
			}
		}
	}
	return hs, prox
}

// finish checks phrases and cuts snippets, loading articles from src, and
// returns at most limit results, the top withHits of them with all hits.
func finish(q Query, cs []candidate, m matcher, src TextSource, limit, withHits int) (Results, error) {
	phrases := len(q.Phrases)+len(q.ExcludePhrases) > 0
	out := make(Results, 0, min(limit, len(cs)))
	for _, c := range cs {
		if len(out) >= limit {
			break
		}
		r := Result{ID: c.id, Title: c.title, Score: c.score}
		if src != nil && (phrases || len(out) < withHits) {
			d, err := src(c.id)
			if err != nil {
				return nil, fmt.Errorf("search: load article %d: %w", c.id, err)
			}
			if !phrasesHold(d, q) {
				continue
			}
			if len(out) < withHits {
				var prox float64
				r.Hits, prox = m.hits(d, c)
				r.Score += prox
			}
		}
		if r.Hits == nil {
			r.Hits = m.metaHits(c)
		}
		out = append(out, r)
	}
	top := out[:min(len(out), withHits)]
	slices.SortStableFunc(top, func(a, b Result) int { return cmpDesc(a.Score, b.Score) })
	return out, nil
}
