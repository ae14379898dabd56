package search

import (
	"slices"
	"sync"
)

// candidate is an article matching every query word, with its score so far.
type candidate struct {
	ord   uint32
	id    uint64
	added int64
	score float64
	title string
	tags  []string
}

// scratch holds the per-article accumulators of one search, pooled because
// they are as long as the index.
type scratch struct {
	score   []float64
	best    []float64
	count   []uint8
	all     []uint32 // every ordinal given a score, for the reset
	touched []uint32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Search parses q (see ParseQuery) and returns the best matching articles.
// It returns an error wrapping ErrQuery for a malformed query, or the error
// of opts.Source. opts.Filter runs under the index's read lock and must not
// call the index.
func (ix *Index) Search(q string, opts Options) (Results, error) {
	pq, err := ParseQuery(q)
	if err != nil {
		return nil, err
	}
	limit := opts.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	ix.mu.RLock()
	cands, m := ix.candidates(pq, opts.Filter, limit)
	ix.mu.RUnlock()
	withHits := opts.Hits
	if withHits <= 0 {
		withHits = SnippetResults
	}
	return finish(pq, cands, m, opts.Source, limit, withHits)
}

// candidates returns the best matching articles, more than limit when there
// are, ranked but not yet checked for phrases, and the matcher for their
// hits.
func (ix *Index) candidates(q Query, extra func(uint64) bool, limit int) ([]candidate, matcher) {
	m := matcher{terms: map[string]int{}, in: q.In}
	var terms [][]expansion
	for i, w := range q.Words {
		exps := ix.expand(w, q.Prefix && i == len(q.Words)-1)
		if len(exps) == 0 {
			return nil, m
		}
		m.add(ix, exps, len(terms))
		terms = append(terms, exps)
	}
	for _, p := range q.Phrases {
		for _, w := range p {
			id, ok := ix.voc.ids[w]
			if !ok {
				return nil, m
			}
			exps := []expansion{{id: id, class: classExact, weight: idf(len(ix.docs), int(ix.post.df(id)))}}
			m.add(ix, exps, len(terms))
			terms = append(terms, exps)
		}
	}
	m.n = len(terms)
	size := func(exps []expansion) (s uint32) {
		for _, e := range exps {
			s += ix.post.df(e.id)
		}
		return s
	}
	slices.SortStableFunc(terms, func(a, b []expansion) int { return int(size(a)) - int(size(b)) })

	f := newFilter(q, extra)
	excluded := ix.excluded(q.Exclude)
	keep := func(o uint32) bool { return (excluded == nil || !excluded[o]) && f.keep(&ix.docs[o]) }
	var out []candidate
	add := func(o uint32, score float64) {
		d := &ix.docs[o]
		out = append(out, candidate{ord: o, id: d.id, added: d.added, score: score, title: d.title, tags: d.tags})
	}
	if len(terms) == 0 {
		for o := range ix.docs {
			if keep(uint32(o)) {
				add(uint32(o), 0)
			}
		}
	} else {
		s := ix.scratch()
		defer ix.release(s)
		ix.intersect(s, terms, q.In)
		for _, o := range s.touched {
			if keep(o) {
				add(o, s.score[o])
			}
		}
	}
	want := max(limit, rerankTop)
	if len(q.Phrases)+len(q.ExcludePhrases) > 0 {
		want *= 4
	}
	out = best(out, want)
	rerank(out[:min(len(out), rerankTop)], q.Words)
	return out, m
}

// intersect scores the articles matching every term; on return s.touched
// holds them. Each term scores an article by its best expansion.
func (ix *Index) intersect(s *scratch, terms [][]expansion, in Field) {
	if in == 0 {
		in = allFields
	}
	drop := ^byte(allFields &^ in)
	for ti, exps := range terms {
		s.touched = s.touched[:0]
		for _, e := range exps {
			each(ix.post.list(e.id), func(o uint32, b byte) {
				b &= drop
				if int(o) >= len(ix.docs) || infoFields(b) == 0 || int(s.count[o]) != ti {
					return
				}
				v := max(e.weight*fieldScore(b), 1e-9) // 0 means untouched
				if s.best[o] == 0 {
					s.touched = append(s.touched, o)
					if ti == 0 {
						s.all = append(s.all, o)
					}
				}
				s.best[o] = max(s.best[o], v)
			})
		}
		for _, o := range s.touched {
			s.score[o] += s.best[o]
			s.count[o]++
			s.best[o] = 0
		}
		if len(s.touched) == 0 {
			return
		}
	}
}

// excluded marks, by ordinal, the articles holding any of the words; nil
// when there are none.
func (ix *Index) excluded(ws []string) []bool {
	var out []bool
	for _, w := range ws {
		if id, ok := ix.voc.ids[w]; ok {
			if out == nil {
				out = make([]bool, len(ix.docs))
			}
			each(ix.post.list(id), func(o uint32, _ byte) {
				if int(o) < len(out) {
					out[o] = true
				}
			})
		}
	}
	return out
}

func (ix *Index) scratch() *scratch {
	s := scratchPool.Get().(*scratch)
	if n := len(ix.docs); len(s.score) < n {
		s.score, s.best, s.count = make([]float64, n), make([]float64, n), make([]uint8, n)
	}
	return s
}

func (ix *Index) release(s *scratch) {
	for _, o := range s.all {
		s.score[o], s.best[o], s.count[o] = 0, 0, 0
	}
	s.all, s.touched = s.all[:0], s.touched[:0]
	scratchPool.Put(s)
}
