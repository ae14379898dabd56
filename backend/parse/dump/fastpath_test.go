package dump

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"gloss/backend/model"
)

// The reference versions below are the parser's first, plain code: one
// regex per classifier, run on every line, and every line folded by
// model.Fold. FuzzFastPaths checks each shortcut against them.

var refRelativeRE = regexp.MustCompile(`(?i)(?:\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\s+ago\b|\b\d+\s*min(?:ute)?s?\s+read\b|^(?:updated|published|posted|last updated)\b|^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?$)`)

func refFold(raw string) string {
	return model.Fold(strings.TrimFunc(strings.Map(dropControl, raw), isBlankRune))
}

func refSplitLines(s string) []line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []line
	gap := 0
	for raw := range strings.SplitSeq(s, "\n") {
		t := refFold(raw)
		if t == "" {
			gap++
			continue
		}
		out = append(out, line{text: t, gap: gap, words: len(strings.Fields(t))})
		gap = 0
	}
	return out
}

func refIsText(s string) bool {
	ctl, all := 0, 0
	for _, r := range s {
		all++
		if r == 0 {
			return false
		}
		if isControl(r) {
			ctl++
		}
	}
	return ctl*20 <= all
}

func refFindDate(t string) (string, bool) {
	if m := isoDateRE.FindStringSubmatch(t); m != nil {
		return isoDate(m[1], month(m[2]), m[3])
	}
	if m := dmyRE.FindStringSubmatch(t); m != nil {
		return isoDate(m[3], months[strings.ToLower(m[2])], m[1])
	}
	if m := mdyRE.FindStringSubmatch(t); m != nil {
		return isoDate(m[3], months[strings.ToLower(m[1])], m[2])
	}
	return "", false
}

func refIsCredit(t string) bool {
	for _, c := range credits[:len(credits)-1] {
		if c.re.MatchString(t) {
			return true
		}
	}
	return len(strings.Fields(t)) >= proseWords && credits[len(credits)-1].re.MatchString(t)
}

func refIsToggle(t string) bool {
	f := strings.Fields(t)
	if len(f) > 4 {
		return false
	}
	letters := 0
	for _, w := range f {
		if utf8.RuneCountInString(w) > 2 {
			return false
		}
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				letters++
			case r == '+' || r == '-' || r == '−':
			default:
				return false
			}
		}
	}
	return letters > 0
}

func refTitleShape(t string) bool {
	if utf8.RuneCountInString(t) > maxTitleRunes || len(strings.Fields(t)) > maxTitleWords {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if letters < 3 || strings.ContainsRune(",;:،؛", last) {
		return false
	}
	f := strings.Fields(t)
	return last != '.' || strings.Contains(strings.TrimSuffix(f[len(f)-1], "."), ".")
}

// FuzzFastPaths checks that every shortcut of the parser (guards before
// regexes, lines taken without folding, counts without slices) gives the
// answers of the plain code.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"Updated 3 hours ago", "17:57 gmt", "5 MIN READ", "Posted", "illuſtration: Jane", "Photo: AFP", "U.S.",
		"A woman waits. (Photo by Jane Roe / AFP)", "By Jane Doe", "Wednesday, 21 January, 2024 - 17:57",
		"Updated Sept. 9th, 2023 at 4 p.m.", "ſept 9, 2023", "2024-02-31", "TT", "A+ A−", "1,204", "12 comments",
		"a b c d e f g h i j | Agency", "\u00a0x\u200b", "e\u0301 x", "x  y\t", "a\r\nb\rc\r\r\nd\n", "\xff", "\u05d0\u05d1\u05d2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
		if folded(s) && refFold(s) != s {
			t.Errorf("folded(%q) = true, but folding gives %q", s, refFold(s))
		}
		if got, want := isText(s), refIsText(s); got != want {
			t.Errorf("isText(%q) = %v, want %v", s, got, want)
		}
		got, want := splitLines(s), refSplitLines(s)
		eq := func(a, b line) bool { return a.text == b.text && a.gap == b.gap && a.words == b.words }
		if !slices.EqualFunc(got, want, eq) {
			t.Fatalf("splitLines(%q) = %v, want %v", s, got, want)
		}
		for _, l := range append(want, line{text: s, words: len(strings.Fields(s))}) {
			checkClassifiers(t, l.text, l.words)
		}
	})
}

func checkClassifiers(t *testing.T, s string, n int) {
	t.Helper()
	if s == "" {
		return
	}
	check := func(name string, got, want any) {
		if got != want {
			t.Errorf("%s(%q): got %v, want %v", name, s, got, want)
		}
	}
	d, ok := findDate(s)
	rd, rok := refFindDate(s)
	check("findDate", d+"/"+map[bool]string{true: "ok"}[ok], rd+"/"+map[bool]string{true: "ok"}[rok])
	check("isCredit", isCredit(s), refIsCredit(s))
	check("relatives", anyMatch(relatives, s), refRelativeRE.MatchString(s))
	check("isToggle", isToggle(s), refIsToggle(s))
	check("isCount", isCount(s), countRE.MatchString(s))
	check("titleShape", titleShape(s, n), refTitleShape(s))
	if !strings.HasPrefix(s, "By") && !strings.HasPrefix(s, "by") && !strings.HasPrefix(s, "BY") {
		check("byline", bylineRE.MatchString(s), false)
	}
	if (&draft{title: s}).leftToRight() {
		check("Direction", model.Direction(s), "ltr")
	}
}
