package library

import (
	"slices"
	"strings"
	"testing"
)

// Ensure that compareLower orders strings as comparing their lower-case
// copies does, which it avoids building.
func FuzzCompareLower(f *testing.F) {
	for _, s := range [][2]string{{"Apple", "apple"}, {"Zebra", "aardvark"}, {"Éclair", "éclair"}, {"abc", "ABCD"}, {"", "x"}, {"\xff", "\uFFFD"}, {"İstanbul", "istanbul"}, {"ΣΑ", "σα"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if got, want := compareLower(a, b), strings.Compare(strings.ToLower(a), strings.ToLower(b)); got != want {
			t.Errorf("compareLower(%q, %q) = %d, want %d", a, b, got, want)
		}
	})
}

// Ensure that the walk answering queries in the order added gives the
// pages the general sort gives, for every view, direction and offset.
func TestLibrary_Query_ByAddedMatchesSorted(t *testing.T) {
	l := mustLibrary(t, 60)
	if _, err := l.SetFlag([]uint64{3, 9, 27, 40}, "read", true); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Trash([]uint64{5, 9, 50}); err != nil {
		t.Fatal(err)
	}
	for _, view := range []string{ViewAll, ViewUnread, ViewTrash} {
		for _, reverse := range []bool{false, true} {
			for _, window := range [][2]int{{0, 10}, {7, 5}, {55, 10}, {0, 100}, {100, 5}} {
				q := Query{View: view, Reverse: reverse, Offset: window[0], Limit: window[1]}
				if err := q.Check(); err != nil {
					t.Fatal(err)
				}
				walked, sorted := l.byAdded(q), l.sorted(q)
				if walked.Total != sorted.Total || !slices.Equal(ids(walked), ids(sorted)) {
					t.Errorf("%+v: walk gives %d %v, sort gives %d %v", q, walked.Total, ids(walked), sorted.Total, ids(sorted))
				}
			}
		}
	}
}
