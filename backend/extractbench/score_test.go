package extractbench

import (
	"math"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"Hello, world!", 2},
		{"don't stop_me now 42", 5}, // ' splits, _ joins, like Python's \w+
		{"Привет мир", 2},
		{"", 0},
	}
	for _, tt := range tests {
		if got := len(Words(tt.in)); got != tt.want {
			t.Errorf("Words(%q): got %d words, want %d", tt.in, got, tt.want)
		}
	}
}

// Ensure that shingle counts follow from the word counts: a text of n ≥ 4
// words has n-3 shingles.
func TestCompare(t *testing.T) {
	const truth = "a b c d e f" // 3 shingles
	tests := []struct {
		name       string
		pred       string
		tp, fp, fn float64 // before dividing by their sum
	}{
		{"exact", truth, 3, 0, 0},
		{"missing tail", "a b c d e", 2, 0, 1},
		{"extra chrome", "menu a b c d e f", 3, 1, 0},
		{"nothing", "", 0, 0, 3},
		{"short text is one shingle", "a b", 0, 1, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Compare(truth, tt.pred)
			sum := tt.tp + tt.fp + tt.fn
			if !near(m.TP, tt.tp/sum) || !near(m.FP, tt.fp/sum) || !near(m.FN, tt.fn/sum) {
				t.Errorf("got %+v, want tp=%v fp=%v fn=%v over %v", m, tt.tp, tt.fp, tt.fn, sum)
			}
		})
	}
}

// Ensure that F1 is taken of the averaged precision and recall, and that a
// page with no prediction does not count towards precision.
func TestSummarize(t *testing.T) {
	ms := []Match{
		Compare("a b c d e f", "a b c d e f"),   // p=1, r=1
		Compare("a b c d e f", "a b c d e"),     // p=1, r=2/3
		Compare("a b c d e f", ""),              // no precision, r=0
		Compare("a b c d e f", "x a b c d e f"), // p=3/4, r=1
	}
	p := (1 + 1 + 0.75) / 3
	r := (1 + 2.0/3 + 0 + 1) / 4
	s := Summarize(ms)
	if !near(s.Precision, p) || !near(s.Recall, r) || !near(s.F1, 2*p*r/(p+r)) {
		t.Errorf("got %+v, want precision %v recall %v F1 %v", s, p, r, 2*p*r/(p+r))
	}
}

func TestSameDay(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2018-04-05T06:00", "2018-04-05", true},
		{"2017-11-03 03:01:00.000000", "2017-11-03T03:01:00Z", true},
		{"2018-04-05", "2018-04-06", false},
		{"2018-04-05", "", false},
	}
	for _, tt := range tests {
		if got := SameDay(tt.a, tt.b); got != tt.want {
			t.Errorf("SameDay(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
