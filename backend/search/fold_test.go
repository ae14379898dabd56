package search

import (
	"slices"
	"testing"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in string
		want     []token
	}{
		{"latin accents", "Café Ünïcode ÉTÉ", []token{{"cafe", 0, 4}, {"unicode", 5, 12}, {"ete", 13, 16}}},
		{"decomposed accents", "Cafe\u0301 x", []token{{"cafe", 0, 5}, {"x", 6, 7}}},
		{"numbers", "58,000 people, 1.5% and 3,", []token{{"58000", 0, 6}, {"people", 7, 13}, {"1.5", 15, 18}, {"and", 20, 23}, {"3", 24, 25}}},
		{"apostrophe and hyphen", "Yukos's al-Assad", []token{{"yukos", 0, 5}, {"s", 6, 7}, {"al", 8, 10}, {"assad", 11, 16}}},
		{"arabic diacritics and tatweel", "غَزَّة الـمـاء", []token{{"غزه", 0, 6}, {"الماء", 7, 14}}},
		{"arabic hamza", "أحمد", []token{{"احمد", 0, 4}}},
		{"special letters", "Straße Øresund", []token{{"strasse", 0, 6}, {"oresund", 7, 14}}},
		{"cjk one rune a word", "東京 news", []token{{"東", 0, 1}, {"京", 1, 2}, {"news", 3, 7}}},
		{"empty", " \n\t", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokenize(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("tokenize(%q): got %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenize_LongWordIsCapped(t *testing.T) {
	got := tokenize(string(make([]byte, 0)) + "a" + string(slices.Repeat([]byte("b"), 500)))
	if len(got) != 1 || len(got[0].word) > maxWordBytes+4 || got[0].end != 501 {
		t.Errorf("got %d tokens, first %d bytes ending at %d; want 1 of at most %d bytes ending at 501", len(got), len(got[0].word), got[0].end, maxWordBytes)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		k    int
		want int
	}{
		{"conflcit", "conflict", 2, 1},
		{"syrain", "syrian", 1, 1},
		{"syrain", "syria", 2, 2},
		{"syrain", "syria", 1, 2},
		{"gaza", "gaza", 1, 0},
		{"abc", "xyz", 5, 3},
		{"", "ab", 2, 2},
	}
	for _, tt := range tests {
		if got := distance([]rune(tt.a), []rune(tt.b), tt.k); got != tt.want {
			t.Errorf("distance(%q, %q, %d): got %d, want %d", tt.a, tt.b, tt.k, got, tt.want)
		}
	}
}

// FuzzSimilar checks the vocabulary walk against distance over every word.
func FuzzSimilar(f *testing.F) {
	f.Add("conflict conflicts conflcit syria syrian gaza gala", "conflcit", 2)
	f.Add("a ab abc abd b ba", "ab", 1)
	f.Fuzz(func(t *testing.T, text, q string, k int) {
		k = min(max(k, 0), 2)
		v := newVocab()
		for _, w := range words(text) {
			v.intern(w)
		}
		if len(v.words)%2 == 0 {
			v.merge() // leave some pending half of the time
		}
		got := map[uint32]int{}
		v.similar([]rune(q), k, func(id uint32, d int) { got[id] = d })
		for id, w := range v.words {
			want := distance([]rune(w), []rune(q), k)
			if d, ok := got[uint32(id)]; ok != (want <= k) || ok && d != want {
				t.Errorf("similar(%q, %d) on %q: got %d (found %v), want %d", q, k, w, d, ok, want)
			}
		}
	})
}
