package anchor

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// The suite's size: suiteN articles with five highlights each, every
// highlight re-anchored after each edit kind. Under the race detector, which
// makes Anchor about ten times slower, a quarter of the articles is enough.
const (
	suiteN     = 200
	suiteNRace = 50
)

// The suite's targets: the share of highlights whose text survives (edit
// kinds a-e) that must re-attach to the right place, and the overlap with
// the reworded passage that counts as the right place for kind e.
const (
	targetRight   = 0.99
	rewordOverlap = 0.8
)

// outcome is how one re-anchoring turned out.
type outcome int

const (
	right outcome = iota
	wrong
	orphan
)

// tally counts outcomes of one edit kind.
type tally struct {
	n, right, wrong, orphan, skipped int
	examples                         []string // the first wrong places, described
}

func (c *tally) add(o outcome, example func() string) {
	c.n++
	switch o {
	case right:
		c.right++
	case wrong:
		c.wrong++
	case orphan:
		c.orphan++
	}
	if o == wrong && len(c.examples) < 5 {
		c.examples = append(c.examples, example())
	}
}

func share(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(k) / float64(n)
}

// Ensure that, on real BBC articles, highlights survive realistic edits of
// their article: at least targetRight of those whose text is still there
// re-attach to the right place, none attaches to a wrong place, and every
// highlight whose text was deleted becomes an orphan. Reworded and deleted
// highlights whose quote has a near copy elsewhere in the article are
// reported apart and not held to these targets: that copy may be the fair
// answer.
func TestAnchor_Suite(t *testing.T) {
	articles := suiteArticles(t, suiteN)
	if raceEnabled {
		articles = articles[:min(len(articles), suiteNRace)]
	}
	tallies := map[string]*tally{}
	for _, k := range editKinds {
		tallies[k] = &tally{}
		tallies[k+nearCopyNote] = &tally{}
	}
	highlights := 0
	for ai := range articles {
		a := &articles[ai]
		r := rand.New(rand.NewPCG(uint64(ai), 0x61c8864680b583eb))
		for _, h := range a.pick(r) {
			highlights++
			sel, err := Describe(string(a.runes), h.start, h.end)
			if err != nil {
				t.Fatalf("%s: Describe(%d, %d): %v", a.name, h.start, h.end, err)
			}
			for _, kind := range editKinds {
				edited, want, ok := a.variant(t, kind, h, r)
				if !ok {
					tallies[kind].skipped++
					continue
				}
				got, err := Anchor(edited, sel)
				o := classify(t, kind, got, err, want)
				if h.nearCopy && (kind == editReword || kind == editDeleted) {
					kind += nearCopyNote
				}
				tallies[kind].add(o, func() string {
					return describeOutcome(a.name, h, sel, edited, got, err, want)
				})
			}
		}
	}
	report(t, tallies, len(articles), highlights)
}

// variant returns the text of a after an edit of the given kind around h,
// and the range the highlight should be found at there ([0, 0) for an
// orphan); ok is false when the article allows no such edit.
func (a *suiteArticle) variant(t *testing.T, kind string, h highlight, r *rand.Rand) (text string, want [2]int, ok bool) {
	t.Helper()
	var es []edit
	switch kind {
	case editTypos:
		es = a.typos(h, r)
	case editInsert:
		es = a.insert(h, r)
	case editRemove:
		if es, ok = a.remove(h, r); !ok {
			return "", want, false
		}
	case editReflow:
		var raw string
		raw, es = a.reflow(h, r)
		// The raw text goes through Gloss's normalisation; the suite's own
		// account of what changed must agree with it.
		if got, want := canonical(raw), applyEdits(a.runes, es); got != want {
			t.Fatalf("%s: reflowed text normalises to\n%q\nwant\n%q", a.name, abbreviate([]rune(got)), abbreviate([]rune(want)))
		}
	case editReword:
		if es, ok = a.reword(h, r); !ok {
			return "", want, false
		}
	case editDeleted:
		return canonical(string(a.runes[:h.start]) + string(a.runes[h.end:])), want, true
	}
	text = applyEdits(a.runes, es)
	if canonical(text) != text {
		t.Fatalf("%s: %s: the edited text is not canonical", a.name, kind)
	}
	return text, [2]int{moveStart(es, h.start), moveEnd(es, h.end)}, true
}

// classify sorts one Anchor result: the right place is the expected range
// exactly, or for a reworded highlight a range sharing at least
// rewordOverlap of the longer of the two with it; for a deleted highlight it
// is ErrNotFound.
func classify(t *testing.T, kind string, got Match, err error, want [2]int) outcome {
	t.Helper()
	switch {
	case errors.Is(err, ErrNotFound):
		if kind == editDeleted {
			return right
		}
		return orphan
	case err != nil:
		t.Fatalf("%s: Anchor: %v", kind, err)
	case kind == editDeleted:
		return wrong
	case kind == editReword:
		common := min(got.End, want[1]) - max(got.Start, want[0])
		if float64(common) >= rewordOverlap*float64(max(got.End-got.Start, want[1]-want[0])) {
			return right
		}
		return wrong
	case got.Start == want[0] && got.End == want[1]:
		return right
	}
	return wrong
}

func describeOutcome(name string, h highlight, sel Selector, edited string, got Match, err error, want [2]int) string {
	rs := []rune(edited)
	at := func(s, e int) string {
		if s >= e {
			return ""
		}
		return abbreviate(rs[max(0, s):min(len(rs), e)])
	}
	if err != nil {
		return fmt.Sprintf("%s %s %q: want [%d, %d) %q, got %v", name, h.kind, abbreviate([]rune(sel.Quote.Exact)),
			want[0], want[1], at(want[0], want[1]), err)
	}
	return fmt.Sprintf("%s %s %q: want [%d, %d) %q, got [%d, %d) %q (%s, %.3f)", name, h.kind,
		abbreviate([]rune(sel.Quote.Exact)), want[0], want[1], at(want[0], want[1]),
		got.Start, got.End, at(got.Start, got.End), got.Method, got.Confidence)
}

// nearCopyNote marks the tallies of reworded and deleted highlights whose
// quote has a near copy elsewhere in the article: where that copy is a fair
// answer, they are reported but not held to the targets.
const nearCopyNote = ", near copy elsewhere"

// report logs the table of outcomes and checks the targets.
func report(t *testing.T, tallies map[string]*tally, articles, highlights int) {
	t.Helper()
	var sb strings.Builder
	row := func(name string, c tally) {
		fmt.Fprintf(&sb, "%-52s %6d %7.2f%% %7.2f%% %7.2f%% %8d\n", name, c.n,
			100*share(c.right, c.n), 100*share(c.wrong, c.n), 100*share(c.orphan, c.n), c.skipped)
	}
	fmt.Fprintf(&sb, "%d articles, %d highlights; for f, right means orphan\n", articles, highlights)
	fmt.Fprintf(&sb, "%-52s %6s %8s %8s %8s %8s\n", "edit", "cases", "right", "wrong", "orphan", "skipped")
	var surv, all tally
	for _, k := range editKinds {
		c := tallies[k]
		row(k, *c)
		if near := tallies[k+nearCopyNote]; near.n > 0 {
			row("  "+k[2:]+nearCopyNote+" (not held)", *near)
		}
		for _, x := range []*tally{&surv, &all} {
			if x == &surv && k == editDeleted {
				continue
			}
			x.n, x.right, x.wrong, x.orphan, x.skipped = x.n+c.n, x.right+c.right, x.wrong+c.wrong, x.orphan+c.orphan, x.skipped+c.skipped
		}
	}
	row("text survives (a-e)", surv)
	row("overall (a-f)", all)
	t.Log("\n" + sb.String())

	failed := false
	if got := share(surv.right, surv.n); got < targetRight {
		t.Errorf("%.2f%% of surviving highlights re-attached to the right place, want at least %.0f%%", 100*got, 100*targetRight)
		failed = true
	}
	if all.wrong > 0 {
		t.Errorf("%d highlights attached to a wrong place, want 0", all.wrong)
		failed = true
	}
	for _, k := range editKinds {
		for _, note := range []string{"", nearCopyNote} {
			for _, ex := range tallies[k+note].examples {
				if failed || note != "" {
					t.Logf("wrong place: %s%s: %s", k, note, ex)
				}
			}
		}
	}
}
