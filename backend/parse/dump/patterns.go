package dump

import (
	"regexp"
	"strings"
)

// The classifiers' regexes are the parser's slowest step, so each one runs
// only after a cheap test of something its pattern cannot match without (a
// leading digit, a trailing parenthesis, a colon, a word): most lines fail
// that test. The tests only rule out lines the pattern cannot match, so the
// answers do not change; FuzzFastPaths checks that. (?i) matches a letter in
// either ASCII case and, for k and s only, also the Kelvin sign and the
// long s, which is why no test looks for a k or an s.

// guarded is a pattern with a cheap test of what a line needs to match it.
type guarded struct {
	may func(t string) bool
	re  *regexp.Regexp
}

// anyMatch reports whether one of the patterns matches t.
func anyMatch(ps []guarded, t string) bool {
	for _, p := range ps {
		if p.may(t) && p.re.MatchString(t) {
			return true
		}
	}
	return false
}

// credits match the ways sites credit a picture: a parenthesis naming a
// photo or "someone / AGENCY", a leading or trailing "Photo:"-style label,
// or a trailing pipe.
var credits = []guarded{
	{endsParen, regexp.MustCompile(`(?i)\((?:file )?(?:photo|image|picture|pic|credit|illustration|video|foto)(?:graph)?s?\b[^()]*\)$`)},
	{func(t string) bool { return endsParen(t) && strings.Contains(t, "/") },
		regexp.MustCompile(`\([^()]*\S\s+/\s+[^()/]*\p{Lu}[^()/]*\)$`)},
	{func(t string) bool { return startsWithFold(t, "photo", "image", "pic", "credit", "illu") },
		regexp.MustCompile(`(?i)^(?:photo|image|picture|pic|credit|illustration)(?:graph)?s?(?: source| caption| credit)?\s*[:,]\s*\S`)},
	// The colon the pattern matches is the last one, no full stop follows
	// it, and the credit word comes before it.
	{func(t string) bool {
		if strings.IndexByte(t, ':') < 0 { // a fast scan, unlike LastIndexByte
			return false
		}
		i := strings.LastIndexByte(t, ':')
		return strings.IndexByte(t[i:], '.') < 0 &&
			(containsFold(t[:i], "photo") || containsFold(t[:i], "image") ||
				containsFold(t[:i], "picture") || containsFold(t[:i], "credit"))
	}, regexp.MustCompile(`(?i)\b(?:photo|image|picture|credit)(?:graph)?s?\s*:\s*[^.:]{2,60}$`)},
	// "A caption | Agency": only long lines count, since short "Headline |
	// Site" lines are titles.
	{func(t string) bool { return strings.IndexByte(t, '|') >= 0 && wordCount(t) >= proseWords },
		regexp.MustCompile(`\S\s\|\s*[^|]{2,40}$`)},
}

func endsParen(t string) bool { return t[len(t)-1] == ')' }

// startsWithFold reports whether t starts with one of the lower-case ASCII
// words ws, in any case. The words hold no k or s, which (?i) also matches
// to the Kelvin sign and the long s.
func startsWithFold(t string, ws ...string) bool {
	for _, w := range ws {
		if hasFoldAt(t, 0, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether t holds the lower-case ASCII word w, in any
// case; w holds no k or s (see startsWithFold).
func containsFold(t, w string) bool {
	for i := 0; i+len(w) <= len(t); i++ {
		if hasFoldAt(t, i, w) {
			return true
		}
	}
	return false
}

// hasFoldAt reports whether t holds the lower-case ASCII letters w at i, in
// any case. Setting bit 0x20 lowers an ASCII capital and keeps a small
// letter; no other byte becomes a small letter.
func hasFoldAt(t string, i int, w string) bool {
	if len(t)-i < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if t[i+j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// isCredit reports whether t is an image caption or credit line.
func isCredit(t string) bool {
	return t != "" && anyMatch(credits, t)
}

// relatives match time stamps: "3 hours ago", "5 min read", a leading
// "Updated" and a bare clock time. (?i) also folds \p{Lu}, so "17:57 gmt"
// counts as well.
var relatives = []guarded{
	{func(t string) bool { return containsFold(t, "ago") },
		regexp.MustCompile(`(?i)\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\s+ago\b`)},
	{func(t string) bool { return containsFold(t, "read") },
		regexp.MustCompile(`(?i)\b\d+\s*min(?:ute)?s?\s+read\b`)},
	{func(t string) bool { return startsWithFold(t, "updated", "publi", "po", "la") },
		regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated)\b`)},
	{func(t string) bool { return isDigit(t[0]) && strings.ContainsAny(t[1:min(3, len(t))], ":.") },
		regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?$`)},
}

// relativeTime reports whether t, of n words, is a time stamp without a
// usable date ("Updated 3 hours ago", "5 min read", "17:57 GMT"); ends is
// endsSentence(t).
func relativeTime(t string, n int, ends bool) bool {
	return n <= 8 && !ends && t != "" && anyMatch(relatives, t)
}
