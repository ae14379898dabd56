package extractbench

import (
	"strings"

	"gloss/backend/model"
)

// Tally counts exact answers for one metadata field over the cases that
// expect a value.
type Tally struct {
	Right, Cases int
}

// Add records one case; want nil or empty means the case expects nothing
// and is not counted.
func (t *Tally) Add(want *string, got string, same func(a, b string) bool) {
	if want == nil || strings.TrimSpace(*want) == "" {
		return
	}
	t.Cases++
	if same(*want, got) {
		t.Right++
	}
}

// Share is the fraction of cases answered exactly (1 with no cases).
func (t Tally) Share() float64 {
	if t.Cases == 0 {
		return 1
	}
	return float64(t.Right) / float64(t.Cases)
}

// SameText compares two texts after folding whitespace and Unicode form.
func SameText(a, b string) bool { return model.Fold(a) == model.Fold(b) }

// SameLang compares language tags case-insensitively ("en-US" = "en-us").
func SameLang(a, b string) bool { return strings.EqualFold(model.Fold(a), model.Fold(b)) }

// SameDay compares the calendar day of two ISO dates or date-times, as the
// source wrote it: "2018-04-05T06:00" and "2018-04-05" are the same day.
func SameDay(a, b string) bool {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10]
}
