package dump

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Thresholds of the line classifiers. They describe shapes, not sites: a
// headline fits in a couple of dozen words, a widget label in a handful, and
// prose is either long or a finished sentence.
const (
	maxTitleWords  = 20
	maxTitleRunes  = 200
	maxWidgetWords = 6
	proseWords     = 10
	sentenceWords  = 4
	captionWords   = 6
)

func wordCount(t string) int { return len(strings.Fields(t)) }

// lastRune is the last rune of t once closing quotes and brackets are peeled
// off, so `said "no."` and `(it ended.)` both end with a full stop.
func lastRune(t string) rune {
	t = strings.TrimRightFunc(t, func(r rune) bool {
		return strings.ContainsRune(`"'”’»)]`, r)
	})
	r, _ := utf8.DecodeLastRuneInString(t)
	return r
}

// endsSentence reports whether t ends like a sentence, in Latin, Arabic or
// CJK punctuation.
func endsSentence(t string) bool {
	return strings.ContainsRune(".!?…؟۔。！？", lastRune(t))
}

// isProse reports whether t reads as running text rather than a label.
func isProse(t string) bool {
	n := wordCount(t)
	return n >= proseWords || (n >= sentenceWords && endsSentence(t))
}

// isWidget reports whether t is short enough and unpunctuated enough to be
// a button or label.
func isWidget(t string) bool {
	return wordCount(t) <= maxWidgetWords && !endsSentence(t)
}

// isTitleLike reports whether t could be a headline: short, with letters,
// not ending like a sentence or a clause (a question or exclamation is
// fine), and not one of the other kinds of chrome.
func isTitleLike(t string) bool {
	if utf8.RuneCountInString(t) > maxTitleRunes || wordCount(t) > maxTitleWords {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(",;:،؛", last) {
		return false
	}
	if last == '.' && !isAbbrevEnd(t) {
		return false
	}
	return !isToggle(t) && !isCounter(t) && !isCredit(t) && !isDateLine(t) &&
		byline(t) == "" && !isRelativeTime(t)
}

// isAbbrevEnd reports whether a final full stop belongs to an abbreviation
// such as "U.S." rather than ending a sentence.
func isAbbrevEnd(t string) bool {
	f := strings.Fields(t)
	w := strings.TrimSuffix(f[len(f)-1], ".")
	return strings.Contains(w, ".")
}

// isCounter reports whether t is a bare number such as a comment or share
// count ("20", "1,204", "3.4K").
func isCounter(t string) bool {
	t = strings.TrimRight(t, "KkMm+")
	if t == "" {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

var countRE = regexp.MustCompile(`^\d[\d.,]*[kKmM]?\s+\p{Ll}+$`)

// isCount reports whether t is a counted label such as "12 comments" or
// "1.2k shares". The word must be lower case: "1500 GMT" is a kick-off time.
func isCount(t string) bool { return countRE.MatchString(t) }

// hasAlnum reports whether t has a letter or digit; lines of bullets,
// rules and dingbats are decoration.
func hasAlnum(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isToggle reports whether t is a text-size or similar toggle: a few tokens
// of at most two upper-case letters or +/- signs ("TT", "A A A", "A+ A-").
func isToggle(t string) bool {
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

var bylineRE = regexp.MustCompile(`^(?:[Bb]y|BY)\s*:?\s+(\p{Lu}.*)$`)

// byline returns the name in a "By Jane Doe" line, or "" when t is not one.
func byline(t string) string {
	if wordCount(t) > 10 || endsSentence(t) && !isAbbrevEnd(t) {
		return ""
	}
	m := bylineRE.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return m[1]
}

// creditREs match the ways sites credit a picture: a parenthesis naming a
// photo or "someone / AGENCY", a trailing pipe, or a leading or trailing
// "Photo:"-style label.
var creditREs = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\((?:file )?(?:photo|image|picture|pic|credit|illustration|video|foto)(?:graph)?s?\b[^()]*\)$`),
	regexp.MustCompile(`\([^()]*\S\s+/\s+[^()/]*\p{Lu}[^()/]*\)$`),
	regexp.MustCompile(`(?i)^(?:photo|image|picture|pic|credit|illustration)(?:graph)?s?(?: source| caption| credit)?\s*[:,]\s*\S`),
	regexp.MustCompile(`(?i)\b(?:photo|image|picture|credit)(?:graph)?s?\s*:\s*[^.:]{2,60}$`),
}

// pipeCreditRE matches "a caption | Agency". Only long lines count, since
// short "Headline | Site" lines are titles.
var pipeCreditRE = regexp.MustCompile(`\S\s\|\s*[^|]{2,40}$`)

// isCredit reports whether t is an image caption or credit line.
func isCredit(t string) bool {
	for _, re := range creditREs {
		if re.MatchString(t) {
			return true
		}
	}
	return wordCount(t) >= proseWords && pipeCreditRE.MatchString(t)
}

var relativeRE = regexp.MustCompile(`(?i)(?:\b\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|y|yrs?|years?)\s+ago\b|\b\d+\s*min(?:ute)?s?\s+read\b|^(?:updated|published|posted|last updated)\b|^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?$)`)

// isRelativeTime reports whether t is a time stamp without a usable date
// ("Updated 3 hours ago", "5 min read", "17:57 GMT").
func isRelativeTime(t string) bool {
	return wordCount(t) <= 8 && !endsSentence(t) && relativeRE.MatchString(t)
}
