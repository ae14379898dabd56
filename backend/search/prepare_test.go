package search

import (
	"bytes"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refEachWord is eachWord without its fast path: every rune decoded,
// tested and folded one at a time.
func refEachWord(s string, fn func(w []byte, start, end int)) {
	var w []byte
	start, pos := -1, 0
	prevDigit := false
	flush := func(end int) {
		if start >= 0 && len(w) > 0 {
			fn(w, start, end)
		}
		w, start = w[:0], -1
	}
	for i := 0; i < len(s); pos++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isIdeograph(r):
			flush(pos)
			start = pos
			w = foldRune(w, r)
			flush(pos + 1)
			prevDigit = false
			continue
		case isWordRune(r):
			if start < 0 {
				start = pos
			}
			if len(w) < maxWordBytes {
				w = foldRune(w, r)
			}
			prevDigit = unicode.IsDigit(r)
			continue
		case (r == ',' || r == '.') && prevDigit && i < len(s):
			if next, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsDigit(next) {
				if r == '.' && len(w) < maxWordBytes {
					w = append(w, '.')
				}
				prevDigit = false
				continue
			}
		}
		prevDigit = false
		flush(pos)
	}
	flush(pos)
}

// FuzzEachWord checks eachWord's fast path against refEachWord.
func FuzzEachWord(f *testing.F) {
	f.Add("Café 58,000 people, 1.5% Straße 東京 news al-Assad")
	f.Add("abc\xffdef x1.2.3 A,B 9,a " + string(bytes.Repeat([]byte("z"), 70)) + "é")
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []token
		eachWord(s, func(w []byte, start, end int) { got = append(got, token{string(w), start, end}) })
		refEachWord(s, func(w []byte, start, end int) { want = append(want, token{string(w), start, end}) })
		if !slices.Equal(got, want) {
			t.Errorf("eachWord(%q): got %v, want %v", s, got, want)
		}
	})
}

// Ensure that Prepare gathers each distinct word once, in first-seen order,
// with the fields it occurs in and its count in the body.
func TestPrepare(t *testing.T) {
	d := Doc{
		ID: 7, Title: "Oil prices", Text: "Oil rose. OIL fell; prices held, oil", Note: "cheap oil",
		Tags:       []string{"energy"},
		Highlights: []Highlight{{Quote: "prices held", Note: "why", Tags: []string{"Energy", "later"}}},
	}
	p := Prepare(d)
	type word struct {
		w      string
		fields Field
		count  int
	}
	var got []word
	start := uint32(0)
	for _, m := range p.marks {
		got = append(got, word{p.words[start:m.end], Field(m.mark & 0xff), int(m.mark >> 8)})
		start = m.end
	}
	want := []word{
		{"oil", FieldTitle | FieldText | FieldNote, 3},
		{"prices", FieldTitle | FieldText | FieldHighlight, 1},
		{"rose", FieldText, 1},
		{"fell", FieldText, 1},
		{"held", FieldText | FieldHighlight, 1},
		{"cheap", FieldNote, 0},
		{"energy", FieldTag, 0},
		{"why", FieldNote, 0},
		{"later", FieldTag, 0},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if p.ID() != 7 {
		t.Errorf("got ID %d, want 7", p.ID())
	}
}

// Ensure that an article with more distinct words than the collector's
// first table keeps them all.
func TestPrepare_ManyWords(t *testing.T) {
	var text []byte
	for i := range 5000 {
		text = append(text, ' ', byte('a'+i%26), byte('a'+i/26%26), byte('a'+i/676))
	}
	p := Prepare(Doc{ID: 1, Text: string(text) + string(text)})
	if len(p.marks) != 5000 {
		t.Fatalf("got %d words, want 5000", len(p.marks))
	}
	for i, m := range p.marks {
		if m.mark != uint32(FieldText)|2<<8 {
			t.Fatalf("word %d: got mark %#x, want text twice", i, m.mark)
		}
	}
}

// Ensure that articles prepared on other goroutines and put in order give
// the same index, byte for byte, as putting them directly.
func TestPutPrepared_SameAsPut(t *testing.T) {
	docs := loadBBC(t)[:300]
	direct, prepared := New(), New()
	ps := make([]*Prepared, len(docs))
	done := make(chan struct{})
	for half := range 2 {
		go func() {
			for i := half; i < len(docs); i += 2 {
				ps[i] = Prepare(docs[i])
			}
			done <- struct{}{}
		}()
	}
	<-done
	<-done
	for i, d := range docs {
		direct.Put(d)
		prepared.PutPrepared(ps[i])
	}
	a, _ := direct.MarshalBinary()
	b, _ := prepared.MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Errorf("got an image of %d bytes from prepared articles, want the %d bytes of direct puts", len(b), len(a))
	}
}
