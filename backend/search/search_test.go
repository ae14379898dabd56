package search

import (
	"math"
	"slices"
	"testing"
	"time"
)

// small is a hand-written corpus covering every field and filter.
func small() []Doc {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 12, 0, 0, 0, time.UTC) }
	return []Doc{
		{ID: 1, Title: "Syrian conflict enters a new phase", Text: "The conflict in Syria has displaced millions.\n\nAid agencies warn of winter.", Tags: []string{"Middle East"}, Source: "bbc.co.uk", Published: "2024-01-05", Added: day(5), Favourite: true},
		{ID: 2, Title: "Gaza water crisis deepens", Text: "Clean water is scarce in Gaza, aid workers say. 58,000 people queue daily.", Tags: []string{"middle east", "water"}, Source: "aljazeera.com", Published: "2024-01-10", Added: day(10), Read: true,
			Highlights: []Highlight{{ID: "h1", Quote: "Clean water is scarce", Note: "check the UN figures", Color: "yellow", Start: 0, End: 21}}},
		{ID: 3, Title: "Café culture in Paris", Text: "Parisian cafés are changing. The espresso is stronger.", Source: "lemonde.fr", Added: day(12), Archived: true, Note: "for the travel piece"},
		{ID: 4, Title: "أزمة المياه في غزة", Text: "تعاني غَزَّة من نقص حاد في المياه.", Source: "aljazeera.net", Published: "2024-01-20", Added: day(20)},
		{ID: 5, Title: "Budget talks stall", Text: "Ministers argued about the west bank of the river and the budget.", Source: "bbc.co.uk", Added: day(2),
			Highlights: []Highlight{{ID: "h2", Quote: "the budget", Color: "green", Tags: []string{"economy"}, Start: 56, End: 66}}},
	}
}

func TestSearch_Small(t *testing.T) {
	ix, src := build(small())
	tests := []struct {
		q    string
		want []uint64
	}{
		{"syrain conflcit", []uint64{1}},
		{"gaza water", []uint64{2}},
		{"GAZA", []uint64{2}},
		{"غزة", []uint64{4}},
		{"المياه", []uint64{4}},
		{"cafe", []uint64{3}},
		{"espreso", []uint64{3}},
		{"conf", []uint64{1}},
		{"58000", []uint64{2}},
		{"58,000", []uint64{2}},
		{`"west bank"`, []uint64{5}},
		{`"bank west"`, nil},
		{"water -gaza", nil},
		{`aid -"clean water"`, []uint64{1}},
		{"tag:economy", []uint64{5}},
		{`tag:"middle east"`, []uint64{2, 1}},
		{"source:bbc", []uint64{1, 5}},
		{"color:yellow", []uint64{2}},
		{"in:title water", []uint64{2}},
		{"in:highlights water", []uint64{2}},
		{"in:notes travel", []uint64{3}},
		{"in:notes figures", []uint64{2}},
		{"in:title espresso", nil},
		{"before:2024-01-06", []uint64{1, 5}},
		{"after:2024-01-10", []uint64{4, 3, 2}},
		{"is:favourite", []uint64{1}},
		{"is:archived", []uint64{3}},
		{"is:read", []uint64{2}},
		{"is:unread after:2024-01-12", []uint64{4, 3}},
		{"xylophone", nil},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rs, err := ix.Search(tt.q, Options{Source: src})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(rs); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			checkHits(t, rs)
		})
	}
}

// checkHits fails when a position falls outside its snippet.
func checkHits(t *testing.T, rs Results) {
	t.Helper()
	for _, r := range rs {
		for _, h := range r.Hits {
			n := len([]rune(h.Snippet))
			for _, p := range h.Positions {
				if p < 0 || p >= n {
					t.Fatalf("article %d %s hit: position %d outside snippet %q", r.ID, h.Kind, p, h.Snippet)
				}
			}
		}
	}
}

func TestSearch_Hits(t *testing.T) {
	ix, src := build(small())
	rs, err := ix.Search("water", Options{Source: src})
	if err != nil || len(rs) != 1 {
		t.Fatalf("got %d results, %v; want 1", len(rs), err)
	}
	var kinds []string
	for _, h := range rs[0].Hits {
		kinds = append(kinds, h.Kind)
	}
	if want := []string{KindTitle, KindHighlight, KindText, KindTag}; !slices.Equal(kinds, want) {
		t.Errorf("got kinds %v, want %v", kinds, want)
	}
	title := rs[0].Hits[0]
	if want := []int{5, 6, 7, 8, 9}; !slices.Equal(title.Positions, want) {
		t.Errorf("title positions: got %v, want %v", title.Positions, want)
	}
	if h := rs[0].Hits[1]; h.HighlightID != "h1" || h.Start != 0 || h.End != 21 {
		t.Errorf("highlight hit: got %+v, want h1 at 0-21", h)
	}
	if h := rs[0].Hits[2]; h.Start != 0 || h.End != len([]rune(small()[1].Text)) {
		t.Errorf("text hit: got %d-%d, want the whole short text", h.Start, h.End)
	}
}

// Ensure that scores follow the documented formula.
func TestSearch_Scores(t *testing.T) {
	ix, _ := build(small())
	n := len(small())
	tests := []struct {
		q    string
		want float64
	}{
		// Only in the body of article 3, once; no title match, no source so
		// no proximity.
		{"espresso", classExact * idf(n, 1) * weightText},
		{"espres", classPrefix * idf(n, 1) * weightText},
		{"expresso", classTypo1 * idf(n, 1) * weightText},
		// In the title of article 1, whose body has "syria", a typo of it:
		// the best expansion counts. sahilm finds it in the one candidate
		// title, so the whole rerank bonus.
		{"syrian", max(classExact*idf(n, 1)*weightTitle, classTypo1*idf(n, 1)*weightText) + weightRerank},
		// Tag and highlight tag, once each.
		{"economy", classExact*idf(n, 1)*weightTag + 0},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rs, err := ix.Search(tt.q, Options{})
			if err != nil || len(rs) != 1 {
				t.Fatalf("got %d results, %v; want 1", len(rs), err)
			}
			if got := rs[0].Score; math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// Ensure that an exact match outranks a prefix match, which outranks a typo.
func TestSearch_ExactBeforePrefixBeforeTypo(t *testing.T) {
	ix, _ := build([]Doc{
		{ID: 1, Text: "a story about a trait"},
		{ID: 2, Text: "a story about a trail"},
		{ID: 3, Text: "a story about traits"},
	})
	rs, err := ix.Search("trail ", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ids(rs), []uint64{2, 1}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	rs, _ = ix.Search("trai", Options{})
	if got, want := ids(rs), []uint64{3, 2, 1}; len(got) != 3 {
		t.Errorf("got %v, want the three in any order of %v", got, want)
	}
}

func TestIndex_PutRemove(t *testing.T) {
	ix, _ := build(small())
	ix.Put(Doc{ID: 2, Title: "Rain in Gaza", Text: "It rained."})
	if rs, _ := ix.Search("water crisis", Options{}); len(rs) != 0 {
		t.Errorf("replaced article still found: got %v, want none", ids(rs))
	}
	if rs, _ := ix.Search("rained", Options{}); !slices.Equal(ids(rs), []uint64{2}) {
		t.Errorf("got %v, want [2]", ids(rs))
	}
	ix.Remove(2)
	ix.Remove(99)
	if got, want := ix.Len(), 4; got != want {
		t.Errorf("Len: got %d, want %d", got, want)
	}
	if rs, _ := ix.Search("gaza", Options{}); len(rs) != 0 {
		t.Errorf("removed article still found: got %v", ids(rs))
	}
}

// Ensure that compaction after many removals keeps results intact.
func TestIndex_Compact(t *testing.T) {
	ix := New()
	for i := range 3000 {
		ix.Put(Doc{ID: uint64(i), Text: "filler words", Title: map[bool]string{true: "even", false: "odd"}[i%2 == 0]})
	}
	for i := 0; i < 3000; i += 2 {
		ix.Remove(uint64(i))
	}
	if len(ix.docs) == 3000 {
		t.Fatalf("got %d ordinals, want compaction to have run", len(ix.docs))
	}
	rs, _ := ix.Search("odd", Options{Limit: 5000})
	if len(rs) != 1500 || rs[0].ID%2 != 1 {
		t.Errorf("got %d results, want the 1500 odd ones", len(rs))
	}
	if rs, _ := ix.Search("even", Options{}); len(rs) != 0 {
		t.Errorf("got %d results for removed articles, want 0", len(rs))
	}
}

func TestSearch_FilterAndLimit(t *testing.T) {
	ix, _ := build(small())
	rs, _ := ix.Search("", Options{Limit: 2, Filter: func(id uint64) bool { return id != 4 }})
	if got, want := ids(rs), []uint64{3, 2}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v (newest first)", got, want)
	}
}
