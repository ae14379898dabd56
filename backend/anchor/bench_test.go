package anchor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// syntheticText returns about size bytes of word-like text in paragraphs of
// about 600 bytes, words drawn from a Zipf distribution over a random
// vocabulary, so that short phrases repeat as in real prose.
func syntheticText(size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed))
	vocab := make([]string, 3000)
	for i := range vocab {
		w := make([]byte, 2+r.IntN(8))
		for j := range w {
			w[j] = byte('a' + r.IntN(26))
		}
		vocab[i] = string(w)
	}
	zipf := rand.NewZipf(r, 1.1, 1, uint64(len(vocab)-1))
	var sb strings.Builder
	for para := 0; sb.Len() < size; para = sb.Len() {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		for sb.Len()-para < 600 {
			sb.WriteString(vocab[zipf.Uint64()])
			sb.WriteString(" ")
		}
		sb.WriteString("end.")
	}
	return sb.String()
}

// editEvery replaces one code point in every step code points of s.
func editEvery(s string, step int) string {
	r := []rune(s)
	for i := step / 2; i < len(r); i += step {
		r[i] = '#'
	}
	return string(r)
}

// BenchmarkAnchor measures one Anchor call on each path.
func BenchmarkAnchor(b *testing.B) {
	text50k := syntheticText(50_000, 1)
	text1m := syntheticText(1_000_000, 2)
	lead := "A new paragraph in front.\n\n"
	mid := len([]rune(text50k)) / 2
	mid1m := len([]rune(text1m)) / 2
	sentence := func(text string, at int) Selector { // 80 code points
		sel, _ := Describe(text, at, at+80)
		return sel
	}
	long := func(text string, at int) Selector { // 10,000 code points
		sel, _ := Describe(text, at, at+10_000)
		return sel
	}
	edited := func(text string, sel Selector, step int) string {
		return strings.Replace(text, sel.Quote.Exact, editEvery(sel.Quote.Exact, step), 1)
	}
	s50k, s1m, l50k := sentence(text50k, mid), sentence(text1m, mid1m), long(text50k, 20_000)
	tests := []struct {
		name string
		text string
		sel  Selector
	}{
		{"position/50KB", text50k, s50k},
		{"quote/50KB", lead + text50k, s50k},
		{"approximate/50KB", edited(text50k, s50k, 20), s50k},
		{"orphan/50KB", strings.Replace(text50k, s50k.Quote.Exact, "", 1), s50k},
		{"quote/1MB", lead + text1m, s1m},
		{"approximate/1MB", edited(text1m, s1m, 20), s1m},
		{"orphan/1MB", strings.Replace(text1m, s1m.Quote.Exact, "", 1), s1m},
		{"quote/10KB-quote/50KB", lead + text50k, l50k},
		{"approximate/10KB-quote-100-edits/50KB", edited(text50k, l50k, 100), l50k},
		{"approximate/10KB-quote-500-edits/50KB", edited(text50k, l50k, 20), l50k},
		{"orphan/10KB-quote/50KB", strings.Replace(text50k, l50k.Quote.Exact, "", 1), l50k},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.text)))
			var m Match
			for b.Loop() {
				m, _ = Anchor(tt.text, tt.sel)
			}
			b.ReportMetric(m.Confidence, "confidence")
		})
	}
}
