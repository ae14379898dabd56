package search

import (
	"fmt"
	"testing"
)

// highlightHits returns the hits of r that name a highlight, by kind and ID.
func highlightHits(r Result) map[string]Hit {
	out := map[string]Hit{}
	for _, h := range r.Hits {
		if h.HighlightID != "" {
			out[h.Kind+" "+h.HighlightID] = h
		}
	}
	return out
}

// Ensure that a highlight's tags give hits naming the highlight.
func TestSearch_HighlightTagHit(t *testing.T) {
	ix, src := build(small())
	rs, err := ix.Search("econmy", Options{Source: src})
	if err != nil || len(rs) != 1 || rs[0].ID != 5 {
		t.Fatalf("got %+v, %v; want article 5", rs, err)
	}
	h, ok := highlightHits(rs[0])[KindTag+" h2"]
	if !ok || h.Snippet != "economy" || h.Terms != 1 {
		t.Errorf("got hits %+v, want the tag economy of h2 holding term 0", rs[0].Hits)
	}
}

// Ensure that each hit says which query terms it holds, in query order.
func TestSearch_HitTerms(t *testing.T) {
	ix, src := build(small())
	rs, err := ix.Search("in:highlights in:notes scarce figurs", Options{Source: src})
	if err != nil || len(rs) != 1 || rs[0].ID != 2 {
		t.Fatalf("got %+v, %v; want article 2", rs, err)
	}
	hs := highlightHits(rs[0])
	if got := hs[KindHighlight+" h1"].Terms; got != 1<<0 {
		t.Errorf("quote hit terms: got %b, want %b", got, 1<<0)
	}
	if got := hs[KindNote+" h1"].Terms; got != 1<<1 {
		t.Errorf("note hit terms: got %b, want %b", got, 1<<1)
	}
}

// Ensure that Options.Hits gives hits to more results than SnippetResults.
func TestSearch_OptionsHits(t *testing.T) {
	n := SnippetResults + 5
	var docs []Doc
	for i := range n {
		docs = append(docs, Doc{ID: uint64(i + 1), Title: fmt.Sprintf("Article %d", i), Text: "Some text.",
			Highlights: []Highlight{{ID: fmt.Sprint(i), Quote: "a harbour at dawn"}}})
	}
	ix, src := build(docs)
	for _, tt := range []struct{ hits, want int }{{0, SnippetResults}, {n, n}} {
		rs, err := ix.Search("in:highlights harbor", Options{Source: src, Hits: tt.hits})
		if err != nil || len(rs) != n {
			t.Fatalf("Hits %d: got %d results, %v; want %d", tt.hits, len(rs), err, n)
		}
		got := 0
		for _, r := range rs {
			if len(highlightHits(r)) > 0 {
				got++
			}
		}
		if got != tt.want {
			t.Errorf("Hits %d: %d results have highlight hits, want %d", tt.hits, got, tt.want)
		}
	}
}
