package anchor

import (
	"errors"
	"slices"
	"testing"
)

// mod maps any int into [0, m) for m > 0.
func mod(x, m int) int {
	x %= m
	if x < 0 {
		x += m
	}
	return x
}

// FuzzAnchor describes a random range of a random text, checks that the
// unchanged text anchors by position with confidence 1, then applies a
// random edit and checks that Anchor does not panic, returns only
// ErrNotFound as an error, and any Match lies within the text with a
// confidence in [Threshold, 1] and, for quote matches, the exact quote.
func FuzzAnchor(f *testing.F) {
	f.Add(article, 120, 30, 0, 0, "Breaking news.\n\n")
	f.Add(article, 200, 45, 210, 4, "fell")
	f.Add("aaaaaaaaaaaaaaaa", 3, 4, 5, 1, "b")
	f.Add("قالت الحكومة السورية إن المحادثات مع موسكو", 5, 12, 9, 2, "😀")
	f.Add("\xff\xfe bad \x80 bytes", 2, 5, 0, 0, "\xff")
	f.Fuzz(func(t *testing.T, text string, start, length, at, del int, insert string) {
		runes := []rune(text)
		if len(runes) == 0 || len(runes) > 1<<16 {
			return
		}
		start = mod(start, len(runes))
		end := start + 1 + mod(length, min(len(runes)-start, 4096))
		sel, err := Describe(text, start, end)
		if err != nil {
			t.Fatalf("Describe(%d, %d): %v", start, end, err)
		}
		got, err := Anchor(text, sel)
		if err != nil || got != (Match{start, end, 1, MethodPosition}) {
			t.Fatalf("unchanged: got %+v, %v, want position [%d, %d) confidence 1", got, err, start, end)
		}

		at = mod(at, len(runes)+1)
		del = mod(del, len(runes)-at+1)
		edited := slices.Concat(runes[:at], []rune(insert), runes[at+del:])
		got, err = Anchor(string(edited), sel)
		if err != nil {
			if !errors.Is(err, ErrNotFound) {
				t.Fatalf("edited: got error %v, want nil or ErrNotFound", err)
			}
			return
		}
		if got.Start < 0 || got.End > len(edited) || got.Start >= got.End {
			t.Fatalf("edited: got [%d, %d), outside the %d code point text", got.Start, got.End, len(edited))
		}
		if got.Confidence < Threshold || got.Confidence > 1 {
			t.Fatalf("edited: got confidence %v, want in [%v, 1]", got.Confidence, Threshold)
		}
		switch got.Method {
		case MethodPosition, MethodQuote:
			if s := string(edited[got.Start:got.End]); s != sel.Quote.Exact {
				t.Fatalf("edited: %s match [%d, %d) is %q, want %q", got.Method, got.Start, got.End, s, sel.Quote.Exact)
			}
		case MethodApproximate:
		default:
			t.Fatalf("edited: got method %q", got.Method)
		}
	})
}

// FuzzSearch checks the fast searches against their references: exactStarts
// against a naive search, and Myers' scan against the textbook dynamic
// programme, anchored or not, at any budget.
func FuzzSearch(f *testing.F) {
	f.Add("abcabcab", "cab", 1, false)
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 3, false)
	f.Add("😀é😀e", "😀e", 0, true)
	f.Fuzz(func(t *testing.T, text, pat string, k int, anchored bool) {
		tr, pr := []rune(text), []rune(pat)
		if len(tr) > 400 || len(pr) > 200 {
			return
		}
		got := starts(exactStarts(string(tr), string(pr)))
		if want := naiveStarts(tr, pr); !slices.Equal(got, want) {
			t.Fatalf("exactStarts(%q, %q): got %v, want %v", string(tr), string(pr), got, want)
		}
		checkScan(t, tr, pr, mod(k, len(pr)+3)-1, anchored)
	})
}
