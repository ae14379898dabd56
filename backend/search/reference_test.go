package search

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// refWords is the vocabulary of the random corpus: near neighbours, shared
// prefixes, accents and a second script.
var refWords = strings.Fields("gaza gala gaze water waters wafer syria syrian conflict conflicts conflcit " +
	"café cafe aid aide said oil soil bank west east eat غزة المياه 58,000 conf")

// randomCorpus returns n articles of random words from refWords.
func randomCorpus(seed uint64, n int) []Doc {
	r := rand.New(rand.NewPCG(seed, 1))
	pick := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = refWords[r.IntN(len(refWords))]
		}
		return strings.Join(ws, " ")
	}
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = Doc{ID: uint64(i + 1), Title: pick(3), Text: pick(20) + "\n\n" + pick(10),
			Tags: []string{pick(1)}, Note: pick(r.IntN(3)), Read: r.IntN(2) == 0}
		if r.IntN(2) == 0 {
			docs[i].Highlights = []Highlight{{ID: "h", Quote: pick(4), Note: pick(2), Color: []string{"yellow", "red"}[r.IntN(2)]}}
		}
	}
	return docs
}

// reference answers q by scanning every article's words: the simple
// matcher the index must agree with.
func reference(docs []Doc, q Query) []uint64 {
	var out []uint64
	f := newFilter(q, nil)
	for _, d := range docs {
		m := newMeta(d)
		if !f.keep(&m) || !phrasesHold(d, q) {
			continue
		}
		in := q.In
		if in == 0 {
			in = allFields
		}
		have := slices.Concat(fieldWords(d, in)...)
		all := slices.Concat(fieldWords(d, allFields)...)
		ok := true
		for i, w := range append(slices.Clone(q.Words), slices.Concat(q.Phrases...)...) {
			prefix := i < len(q.Words) && (len([]rune(w)) >= minPrefixRunes || q.Prefix && i == len(q.Words)-1)
			if i >= len(q.Words) { // phrase words match exactly
				ok = ok && slices.Contains(have, w)
				continue
			}
			ok = ok && slices.ContainsFunc(have, func(t string) bool {
				k := typoBudget(max(len([]rune(w)), len([]rune(t))))
				return t == w || prefix && strings.HasPrefix(t, w) || distance([]rune(t), []rune(w), k) <= k
			})
		}
		for _, w := range q.Exclude {
			ok = ok && !slices.Contains(all, w)
		}
		if ok {
			out = append(out, d.ID)
		}
	}
	return out
}

// checkAgainstReference fails when the index and the reference disagree on
// the set of articles matching s.
func checkAgainstReference(t *testing.T, ix *Index, src TextSource, docs []Doc, s string) {
	t.Helper()
	q, err := ParseQuery(s)
	rs, serr := ix.Search(s, Options{Limit: len(docs) + 1, Source: src})
	if err != nil {
		if serr == nil {
			t.Fatalf("Search(%q): got no error, want %v", s, err)
		}
		return
	}
	if serr != nil {
		t.Fatalf("Search(%q): %v", s, serr)
	}
	checkHits(t, rs)
	got := ids(rs)
	slices.Sort(got)
	if want := reference(docs, q); !slices.Equal(got, want) {
		t.Fatalf("Search(%q): got %v, want %v", s, got, want)
	}
}

func TestSearch_MatchesReference(t *testing.T) {
	docs := randomCorpus(7, 60)
	ix, src := build(docs)
	r := rand.New(rand.NewPCG(3, 3))
	extras := []string{"", "-", `"`, "in:title ", "in:text ", "is:read ", "color:red ", "tag:"}
	for range 500 {
		var b strings.Builder
		for k := r.IntN(3) + 1; k > 0; k-- {
			b.WriteString(extras[r.IntN(len(extras))])
			w := refWords[r.IntN(len(refWords))]
			w = w[:max(1, len(w)-r.IntN(3))] // sometimes a cut word
			fmt.Fprintf(&b, "%s ", w)
		}
		s := b.String()
		if r.IntN(2) == 0 {
			s = strings.TrimSpace(s)
		}
		checkAgainstReference(t, ix, src, docs, s)
	}
}

// FuzzSearch checks that Search never panics, keeps positions inside
// snippets and agrees with the reference scan.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{"gaza wter", `"west bank" -aid`, "conf", "syrain conflcit in:title", "غزه", "tag:cafe is:unread", `-"gala"`, "58000"} {
		f.Add(s)
	}
	docs := randomCorpus(11, 40)
	ix, src := build(docs)
	f.Fuzz(func(t *testing.T, s string) {
		checkAgainstReference(t, ix, src, docs, s)
	})
}
