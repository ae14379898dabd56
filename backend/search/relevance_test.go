package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// targetTitleFirst is the share of articles that must come first when
// their title is searched with one typo in every word of four letters or
// more.
const targetTitleFirst = 0.95

// raceStride: under the race detector, which makes each search about ten
// times slower, only every raceStride-th title is searched.
const raceStride = 8

// Ensure that at least targetTitleFirst of the BBC articles come first when
// their own title is searched with a typo in each longer word, counting an
// article with the very same title first as a success; and log the search
// times over those queries.
func TestSearch_BBC_TitleTypos(t *testing.T) {
	docs := loadBBC(t)
	added := time.Date(2005, 6, 1, 0, 0, 0, 0, time.UTC)
	sameTitle := map[string][]uint64{}
	for i := range docs {
		docs[i].Source, docs[i].Tags, docs[i].Added = docs[i].Tags[0], nil, added
		sameTitle[fold(docs[i].Title)] = append(sameTitle[fold(docs[i].Title)], docs[i].ID)
	}
	ix, src := build(docs)

	stride := 1
	if raceEnabled {
		stride = raceStride
	}
	var first, dupTitles, queries int
	var misses []string
	times := make([]time.Duration, 0, len(docs))
	for i := 0; i < len(docs); i += stride {
		d := docs[i]
		queries++
		q := typoTitle(d.Title, rand.New(rand.NewPCG(d.ID, 7)))
		began := time.Now()
		rs, err := ix.Search(q, Options{Limit: 10, Source: src})
		times = append(times, time.Since(began))
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		twins := sameTitle[fold(d.Title)]
		if len(twins) > 1 {
			dupTitles++
		}
		if len(rs) > 0 && slices.Contains(twins, rs[0].ID) {
			first++
			continue
		}
		got := "nothing"
		if len(rs) > 0 {
			got = rs[0].Title
		}
		misses = append(misses, q+" → "+got+" (want "+d.Title+")")
	}

	slices.Sort(times)
	share := float64(first) / float64(queries)
	t.Logf("%d of %d articles first for their typo'd title (%.2f%%; %d of them share a title with another)",
		first, queries, 100*share, dupTitles)
	t.Logf("search time over %d queries: median %v, p95 %v, max %v",
		len(times), times[len(times)/2], times[len(times)*95/100], times[len(times)-1])
	if share < targetTitleFirst {
		t.Errorf("got %.2f%% of articles first, want at least %.0f%%", 100*share, 100*targetTitleFirst)
	}
	for i, m := range misses {
		if i == 20 {
			t.Logf("… and %d more", len(misses)-i)
			break
		}
		t.Logf("miss: %s", m)
	}
}

// typoTitle returns title with one typo in every word of four letters or
// more, a word being a run of letters as the index cuts them ("WPP's" is
// "WPP" and "s"): two adjacent inner letters swapped, a letter dropped or a
// letter replaced, chosen by r. Shorter words, digits and punctuation are
// kept.
func typoTitle(title string, r *rand.Rand) string {
	rs := []rune(title)
	var out []rune
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		if j == i {
			out = append(out, rs[i])
			i++
			continue
		}
		out = append(out, typo(slices.Clone(rs[i:j]), r)...)
		i = j
	}
	return string(out)
}

// typo makes one edit in w when it has four letters or more.
func typo(w []rune, r *rand.Rand) []rune {
	if len(w) < 4 {
		return w
	}
	switch r.IntN(3) {
	case 0: // swap letters k and k+1, neither the first nor the last
		if k := 1 + r.IntN(len(w)-3); w[k] != w[k+1] {
			w[k], w[k+1] = w[k+1], w[k]
			return w
		}
		fallthrough
	case 1:
		k := r.IntN(len(w))
		return slices.Delete(w, k, k+1)
	}
	k := r.IntN(len(w))
	c := 'a' + rune(r.IntN(26))
	if c == unicode.ToLower(w[k]) {
		c = 'a' + (c-'a'+1)%26
	}
	w[k] = c
	return w
}

// Ensure that typoTitle makes exactly one edit in each word of four letters
// or more and leaves the rest alone.
func TestTypoTitle(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, title := range []string{"Ad sales boost Time Warner profit", "Yukos unit fetches $9bn at auction", "WPP's 'best' ever in Zürich"} {
		got := typoTitle(title, r)
		gw, tw := words(got), words(title)
		if len(gw) != len(tw) {
			t.Fatalf("typoTitle(%q) = %q: got %d words, want %d", title, got, len(gw), len(tw))
		}
		for i := range tw {
			want := 0
			if strings.IndexFunc(tw[i], unicode.IsDigit) < 0 && len([]rune(tw[i])) >= 4 {
				want = 1
			}
			if d := osa([]rune(gw[i]), []rune(tw[i])); d != want {
				t.Errorf("typoTitle(%q): word %q became %q, %d edits, want %d", title, tw[i], gw[i], d, want)
			}
		}
	}
}

// osa is the optimal-string-alignment distance of a and b, the textbook
// dynamic programme.
func osa(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// Ensure that the typo budget is that of the longer word, so that a query
// word missing a letter still finds its word (found by
// TestSearch_BBC_TitleTypos: "Tie" for "Time" matched nothing), while words
// of under minTypoRunes runes on both sides still match only exactly.
func TestSearch_DroppedLetter(t *testing.T) {
	ix, src := build(small())
	tests := []struct {
		q    string
		want []uint64
	}{
		{"gza ", []uint64{2}},         // 3 runes for "gaza": one edit
		{"cnflict ", []uint64{1}},     // 7 runes for "conflict" (8): two edits allowed, one used
		{"conflc ", []uint64{1}},      // 6 runes for "conflict" (8): two edits
		{"gz ", nil},                  // 2 runes for "gaza": two edits, over the budget of 4 runes
		{"aod ", nil},                 // "aid" has 3 runes: no typo either way
		{"budgt talks ", []uint64{5}}, // unchanged behaviour for longer words
	}
	for _, tt := range tests {
		rs, err := ix.Search(tt.q, Options{Source: src})
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(rs); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q): got %v, want %v", tt.q, got, tt.want)
		}
	}
}
