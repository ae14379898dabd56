package anchor

import (
	"errors"
	"strings"
	"testing"
)

// Ensure that long quotes are found through few and many edits (the search
// budget is capped at maxErrors, beyond which the prefix and suffix locate
// the quote), and orphaned when deleted.
func TestAnchor_LongQuote(t *testing.T) {
	text := syntheticText(60_000, 7)
	const start, length = 20_000, 5_000
	sel, err := Describe(text, start, start+length)
	if err != nil {
		t.Fatal(err)
	}
	for _, step := range []int{100, 40, 10} {
		quote := []rune(sel.Quote.Exact)
		edited := []rune(editEvery(sel.Quote.Exact, step))
		subs := 0
		for i := range quote {
			if quote[i] != edited[i] {
				subs++
			}
		}
		newText := strings.Replace(text, sel.Quote.Exact, string(edited), 1)
		got, err := Anchor(newText, sel)
		if err != nil {
			t.Fatalf("%d substitutions: got error %v", subs, err)
		}
		want := (quoteWeight*(1-float64(subs)/length) + prefixWeight + suffixWeight + positionWeight) / totalWeight
		checkMatch(t, newText, got, start, string(edited), MethodApproximate, want)
	}
	gone := strings.Replace(text, sel.Quote.Exact, "", 1)
	if got, err := Anchor(gone, sel); !errors.Is(err, ErrNotFound) {
		t.Errorf("quote deleted: got %+v, %v, want ErrNotFound", got, err)
	}
}
