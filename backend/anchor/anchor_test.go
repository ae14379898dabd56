package anchor

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

const (
	para1 = "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December, from $639m year-earlier."
	para2 = "The firm, which is now one of the biggest investors in Google, benefitted from sales of high-speed internet connections and higher advert sales. TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn."
	para3 = "Time Warner said on Friday that it now owns 8% of search-engine Google. But its own internet business, AOL, had mixed fortunes."
	other = "England coach Andy Robinson says he is still haunted by the defeat to Wales, which ended any hopes of a Grand Slam this season."
)

var article = para1 + "\n\n" + para2 + "\n\n" + para3

// n is the length of s in code points.
func n(s string) int { return utf8.RuneCountInString(s) }

// pos is the position similarity of a candidate found shift code points
// away from the stored start, in a text of size code points.
func pos(shift, size int) float64 { return 1 - math.Abs(float64(shift))/float64(size) }

// checkMatch compares a Match with the expected range, method and
// confidence.
func checkMatch(t *testing.T, text string, got Match, wantStart int, wantText, wantMethod string, wantConf float64) {
	t.Helper()
	runes := []rune(text)
	if got.Start < 0 || got.End > len(runes) || got.Start > got.End {
		t.Fatalf("got range [%d, %d), outside the %d code point text", got.Start, got.End, len(runes))
	}
	if s := string(runes[got.Start:got.End]); got.Start != wantStart || s != wantText {
		t.Errorf("got [%d, %d) %q, want start %d %q", got.Start, got.End, s, wantStart, wantText)
	}
	if got.Method != wantMethod {
		t.Errorf("got method %q, want %q", got.Method, wantMethod)
	}
	if math.Abs(got.Confidence-wantConf) > 1e-9 {
		t.Errorf("got confidence %.6f, want %.6f", got.Confidence, wantConf)
	}
}

// Ensure that an unchanged text anchors by position with confidence 1.
func TestAnchor_Unchanged(t *testing.T) {
	for _, sub := range []string{"Quarterly", "Google", "year-earlier.\n\nThe firm", "fortunes."} {
		sel := describe(t, article, sub, 0)
		got, err := Anchor(article, sel)
		if err != nil {
			t.Fatalf("Anchor(%q): got error %v", sub, err)
		}
		checkMatch(t, article, got, sel.Position.Start, sub, MethodPosition, 1)
	}
}

// Ensure that highlights follow the edits a re-import brings, with the
// confidence Hypothesis' weights give, and become orphans when their text
// is gone.
func TestAnchor_Edits(t *testing.T) {
	const lead = "Breaking: a new first paragraph.\n\n"
	shifted := lead + article
	tests := []struct {
		name     string
		sub      string // the highlight in article
		nth      int    // which occurrence of sub
		text     string // the new text
		want     string // the highlight in text; "" for an orphan
		wantNth  int
		method   string
		wantConf float64
	}{{
		name: "text inserted before", sub: "biggest investors in Google", text: shifted,
		want: "biggest investors in Google", method: MethodQuote,
		wantConf: (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(n(lead), n(shifted))) / totalWeight,
	}, {
		name: "quote twice, context picks the second", sub: "Google", nth: 1, text: shifted,
		want: "Google", wantNth: 1, method: MethodQuote,
		wantConf: (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(n(lead), n(shifted))) / totalWeight,
	}, {
		name: "quote twice, context picks the first", sub: "Google", text: shifted,
		want: "Google", method: MethodQuote,
		wantConf: (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(n(lead), n(shifted))) / totalWeight,
	}, {
		name: "typo fixed", sub: "benefitted from sales of high-speed internet",
		text: strings.Replace(article, "benefitted", "benefited", 1),
		want: "benefited from sales of high-speed internet", method: MethodApproximate,
		wantConf: (quoteWeight*(1-1.0/44) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}, {
		name: "word changed", sub: "fourth quarter sales rose 2% to $11.1bn",
		text: strings.Replace(article, "rose 2%", "fell 2%", 1),
		want: "fourth quarter sales fell 2% to $11.1bn", method: MethodApproximate,
		wantConf: (quoteWeight*(1-4.0/39) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}, {
		name: "paragraph split inside the quote", sub: "advert sales. TimeWarner said fourth",
		text: strings.Replace(article, "sales. TimeWarner", "sales.\n\nTimeWarner", 1),
		want: "advert sales.\n\nTimeWarner said fourth", method: MethodApproximate,
		wantConf: (quoteWeight*(1-2.0/36) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}, {
		name: "paragraphs merged inside the quote", sub: "year-earlier.\n\nThe firm, which",
		text: para1 + " " + para2 + "\n\n" + para3,
		want: "year-earlier. The firm, which", method: MethodApproximate,
		wantConf: (quoteWeight*(1-2.0/30) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}, {
		name: "whitespace added inside the quote", sub: "high-speed internet connections",
		text: strings.Replace(article, "high-speed", "high - speed", 1),
		want: "high - speed internet connections", method: MethodApproximate,
		wantConf: (quoteWeight*(1-2.0/31) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}, {
		name: "multi-paragraph highlight moved", sub: "from $10.9bn.\n\nTime Warner said on Friday", text: shifted,
		want: "from $10.9bn.\n\nTime Warner said on Friday", method: MethodQuote,
		wantConf: (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(n(lead), n(shifted))) / totalWeight,
	}, {
		name: "context rewritten, quote kept", sub: "biggest investors in Google",
		text: strings.Replace(article, "which is now one of the biggest investors in Google, benefitted",
			"unlike its rivals the biggest investors in Google, did well", 1),
		want: "biggest investors in Google", method: MethodQuote,
		// Both contexts partly changed; only the bounds are stated here,
		// TestAnchor_ContextScore checks the formula itself.
		wantConf: -1,
	}, {
		name: "highlighted sentence deleted", sub: "Time Warner said on Friday that it now owns 8% of search-engine Google. ",
		text: strings.Replace(article, "Time Warner said on Friday that it now owns 8% of search-engine Google. ", "", 1),
	}, {
		name: "completely different text", sub: "biggest investors in Google", text: other,
	}, {
		name: "empty text", sub: "biggest investors in Google", text: "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel := describe(t, article, tt.sub, tt.nth)
			got, err := Anchor(tt.text, sel)
			if tt.want == "" {
				if !errors.Is(err, ErrNotFound) {
					t.Fatalf("got %+v, %v, want ErrNotFound", got, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v, want a match", err)
			}
			wantStart := offsetOf(t, tt.text, tt.want, tt.wantNth)
			if tt.wantConf < 0 {
				if got.Confidence < Threshold || got.Confidence >= 1 {
					t.Errorf("got confidence %.3f, want in [Threshold, 1)", got.Confidence)
				}
				tt.wantConf = got.Confidence
			}
			checkMatch(t, tt.text, got, wantStart, tt.want, tt.method, tt.wantConf)
		})
	}
}

// Ensure that the score is Hypothesis' weighted mean of its parts.
func TestAnchor_ContextScore(t *testing.T) {
	text := "xxxxxxxx unique quote here yyyyyyyy"
	sel := Selector{
		Quote:    Quote{Exact: "unique quote here", Prefix: "abcdefgh ", Suffix: " yyyyyyyy"},
		Position: Position{Start: 9, End: 26},
	}
	got, err := Anchor(text, sel)
	if err != nil {
		t.Fatalf("got error %v", err)
	}
	// Prefix: no code point of "abcdefgh " but the space matches, 8 edits
	// of 9; suffix intact; position unchanged.
	want := (quoteWeight + prefixWeight*(1-8.0/9) + suffixWeight + positionWeight) / totalWeight
	checkMatch(t, text, got, 9, "unique quote here", MethodQuote, want)
}

// Ensure that an edited copy in the right place beats an intact copy in
// the wrong place.
func TestAnchor_EditedCopyBeatsIntactCopy(t *testing.T) {
	old := "In the first half the company said sales rose 2% to $11.1bn, helped by adverts. " +
		"Elsewhere a rival, unrelated, reported sales rose 2% to $11.1bn as well, oddly enough."
	sel := describe(t, old, "sales rose 2% to $11.1bn", 0)
	text := strings.Replace(old, "rose 2% to $11.1bn, helped", "rose 3% to $11.1bn, helped", 1)
	got, err := Anchor(text, sel)
	if err != nil {
		t.Fatalf("got error %v", err)
	}
	want := (quoteWeight*(1-1.0/24) + prefixWeight + suffixWeight + positionWeight) / totalWeight
	checkMatch(t, text, got, sel.Position.Start, "sales rose 3% to $11.1bn", MethodApproximate, want)
}

// Ensure that a selector without a quote is refused.
func TestAnchor_EmptyQuote(t *testing.T) {
	if _, err := Anchor(article, Selector{Position: Position{0, 3}}); !errors.Is(err, ErrEmptyQuote) {
		t.Errorf("got error %v, want ErrEmptyQuote", err)
	}
}
