package anchor

import (
	"errors"
	"strings"
	"testing"
)

// Ensure that a deleted highlight is not pinned to a fragment of its quote
// found among unrelated words: context that matches no better than chance
// is no evidence (found by TestAnchor_Suite on tech/265.txt).
func TestAnchor_FragmentAmongUnrelatedWords(t *testing.T) {
	const quote = "with 32% of all mobiles in the"
	old := "Nokia remains the market leader, with 32% of all mobiles in the survey carrying its brand. " +
		"Rivals have cut prices sharply over the past year to catch up. " +
		"The study found that 75% of all mobiles in the country were bought on contracts lasting a year or more."
	sel := describe(t, old, quote, 0)
	text := strings.Replace(old, quote+" ", "", 1)
	if got, err := Anchor(text, sel); !errors.Is(err, ErrNotFound) {
		t.Errorf("got %+v, %v, want ErrNotFound", got, err)
	}
}

// Ensure that an approximate match whose first or last word was replaced
// takes the whole new word, up to its intact context, rather than the few
// letters the edit search keeps (found by TestAnchor_Suite on
// entertainment/216.txt: "to pull in e").
func TestAnchor_SnapToContext(t *testing.T) {
	old := "Industry watchers expect the sequel to pull in five times its budget at the box office by the end of the year."
	sel := describe(t, old, "to pull in five", 0)
	text := strings.Replace(old, "in five times", "in early times", 1)
	got, err := Anchor(text, sel)
	if err != nil {
		t.Fatalf("got error %v", err)
	}
	// "five" → "early" is five edits of the 15 code point quote.
	want := (quoteWeight*(1-5.0/15) + prefixWeight + suffixWeight + positionWeight) / totalWeight
	checkMatch(t, text, got, sel.Position.Start, "to pull in early", MethodApproximate, want)
}

// Ensure that evidence counts context only above contextChance.
func TestParts_Evidence(t *testing.T) {
	p := parts{quote: 0.8, prefix: 0.3, suffix: 0.75, position: 1}
	want := (quoteWeight*0.8 + prefixWeight*0 + suffixWeight*(0.75-contextChance)/(1-contextChance) + positionWeight) / totalWeight
	if got := p.evidence(); !near(got, want) {
		t.Errorf("got evidence %.6f, want %.6f", got, want)
	}
	if got, want := p.total(), (quoteWeight*0.8+prefixWeight*0.3+suffixWeight*0.75+positionWeight)/totalWeight; !near(got, want) {
		t.Errorf("got total %.6f, want %.6f", got, want)
	}
}
