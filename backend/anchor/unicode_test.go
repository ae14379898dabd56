package anchor

import (
	"strings"
	"testing"
)

// Ensure that Arabic and emoji text anchor in code points: offsets count
// each code point once, whatever its UTF-8 or UTF-16 length.
func TestAnchor_Unicode(t *testing.T) {
	const arabic = "قالت الحكومة السورية إن المحادثات مع موسكو ستستمر الأسبوع المقبل في دمشق.\n\n" +
		"وأضافت أن الوفد سيعود إلى العاصمة بعد انتهاء الاجتماعات."
	const emoji = "We 😀 love 🎉 parties 👍🏽 every weekend 🇬🇧 in London.\n\nSee you 🙂 soon."
	tests := []struct {
		name, old, sub, text, want, method string
		wantConf                           float64
	}{{
		name: "arabic moved", old: arabic, sub: "المحادثات مع موسكو",
		text: "عاجل: فقرة جديدة.\n\n" + arabic, want: "المحادثات مع موسكو", method: MethodQuote,
		wantConf: (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(n("عاجل: فقرة جديدة.\n\n"), n("عاجل: فقرة جديدة.\n\n"+arabic))) / totalWeight,
	}, {
		name: "arabic letter inserted", old: arabic, sub: "المحادثات مع موسكو ستستمر",
		text: strings.Replace(arabic, "موسكو", "موسكوو", 1), want: "المحادثات مع موسكوو ستستمر", method: MethodApproximate,
		wantConf: (quoteWeight*(1-1/float64(n("المحادثات مع موسكو ستستمر"))) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}, {
		name: "arabic across paragraphs", old: arabic, sub: "في دمشق.\n\nوأضافت",
		text: arabic, want: "في دمشق.\n\nوأضافت", method: MethodPosition, wantConf: 1,
	}, {
		name: "emoji moved", old: emoji, sub: "love 🎉 parties 👍🏽 every",
		text: "🙂 " + emoji, want: "love 🎉 parties 👍🏽 every", method: MethodQuote,
		wantConf: (quoteWeight + prefixWeight + suffixWeight + positionWeight*pos(2, n("🙂 "+emoji))) / totalWeight,
	}, {
		name: "emoji swapped", old: emoji, sub: "love 🎉 parties 👍🏽 every weekend",
		text: strings.Replace(emoji, "🎉", "🎈", 1), want: "love 🎈 parties 👍🏽 every weekend", method: MethodApproximate,
		wantConf: (quoteWeight*(1-1/float64(n("love 🎉 parties 👍🏽 every weekend"))) + prefixWeight + suffixWeight + positionWeight) / totalWeight,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel := describe(t, tt.old, tt.sub, 0)
			got, err := Anchor(tt.text, sel)
			if err != nil {
				t.Fatalf("got error %v, want a match", err)
			}
			checkMatch(t, tt.text, got, offsetOf(t, tt.text, tt.want, 0), tt.want, tt.method, tt.wantConf)
		})
	}
}

// Ensure that positions are code points, not bytes or UTF-16 units:
// "😀" is 4 bytes and 2 UTF-16 units but one code point.
func TestDescribe_CodePoints(t *testing.T) {
	sel, err := Describe("😀😀abc", 2, 5)
	if err != nil {
		t.Fatalf("got error %v", err)
	}
	if sel.Quote.Exact != "abc" || sel.Quote.Prefix != "😀😀" {
		t.Errorf("got %+q, want exact \"abc\" after prefix \"😀😀\"", sel.Quote)
	}
}
