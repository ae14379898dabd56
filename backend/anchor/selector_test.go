package anchor

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// describe returns the Selector of the nth (0-based) occurrence of sub in
// text, failing the test when there is none.
func describe(t testing.TB, text, sub string, nth int) Selector {
	t.Helper()
	start := offsetOf(t, text, sub, nth)
	sel, err := Describe(text, start, start+utf8.RuneCountInString(sub))
	if err != nil {
		t.Fatalf("Describe(%q): %v", sub, err)
	}
	return sel
}

// offsetOf returns the code-point offset of the nth occurrence of sub.
func offsetOf(t testing.TB, text, sub string, nth int) int {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q: occurrence %d of %q not found", abbreviate([]rune(text)), nth, sub)
		}
		if nth == 0 {
			return utf8.RuneCountInString(text[:from+i])
		}
		nth--
		from += i + 1
	}
}

// Ensure that Describe cuts quote, context and position in code points.
func TestDescribe(t *testing.T) {
	long := strings.Repeat("x", 40) + "HIT" + strings.Repeat("y", 40)
	tests := []struct {
		name       string
		text       string
		start, end int
		want       Quote
	}{
		{"ascii middle", "one two three", 4, 7, Quote{"two", "one ", " three"}},
		{"whole text", "abc", 0, 3, Quote{"abc", "", ""}},
		{"context capped", long, 40, 43, Quote{"HIT", strings.Repeat("x", 32), strings.Repeat("y", 32)}},
		{"emoji one code point each", "a😀b🎉c", 1, 4, Quote{"😀b🎉", "a", "c"}},
		{"skin tone is two code points", "👍🏽ok", 0, 2, Quote{"👍🏽", "", "ok"}},
		{"arabic", "قالت الحكومة", 5, 12, Quote{"الحكومة", "قالت ", ""}},
		{"across paragraphs", "one.\n\ntwo.", 3, 7, Quote{".\n\nt", "one", "wo."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel, err := Describe(tt.text, tt.start, tt.end)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if sel.Quote != tt.want {
				t.Errorf("got quote %+q, want %+q", sel.Quote, tt.want)
			}
			if sel.Position != (Position{tt.start, tt.end}) || sel.Block != -1 {
				t.Errorf("got position %v block %d, want {%d %d} and -1", sel.Position, sel.Block, tt.start, tt.end)
			}
			if sel.TextHash != HashText(tt.text) || len(sel.TextHash) != 64 {
				t.Errorf("got hash %q, want HashText of the text", sel.TextHash)
			}
		})
	}
}

// Ensure that Describe rejects empty, inverted and out-of-range ranges.
func TestDescribe_InvalidRange(t *testing.T) {
	for _, r := range [][2]int{{2, 2}, {3, 1}, {-1, 2}, {0, 6}, {5, 6}, {0, 0}} {
		_, err := Describe("héllo", r[0], r[1])
		if !errors.Is(err, ErrInvalidRange) {
			t.Errorf("Describe(%v): got error %v, want ErrInvalidRange", r, err)
		}
	}
}

// Ensure that HashText tells text versions apart.
func TestHashText(t *testing.T) {
	if HashText("a") == HashText("b") || HashText("a") != HashText("a") {
		t.Errorf("HashText: got equal hashes for different texts or different for equal")
	}
}
