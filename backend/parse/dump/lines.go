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

// wordCount returns len(strings.Fields(t)) without building the slice.
func wordCount(t string) int {
	n, in := 0, false
	for i := 0; i < len(t); {
		var space bool
		if c := t[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(t[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

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

// titleShape reports whether t, of n words, is shaped like a headline; see
// isTitleLike, which also rules out the other kinds of chrome.
func titleShape(t string, n int) bool {
	// A rune takes at least a byte, so only long texts need counting.
	if n > maxTitleWords || len(t) > maxTitleRunes && utf8.RuneCountInString(t) > maxTitleRunes {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if letters++; letters == 3 {
				break
			}
		}
	}
	if letters < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(",;:،؛", last) {
		return false
	}
	return last != '.' || isAbbrevEnd(t)
}

// isAbbrevEnd reports whether a final full stop belongs to an abbreviation
// such as "U.S." rather than ending a sentence: whether the last word has
// another full stop.
func isAbbrevEnd(t string) bool {
	w := strings.TrimRightFunc(t, unicode.IsSpace)
	if i := strings.LastIndexFunc(w, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(w[i:])
		w = w[i+size:]
	}
	return strings.Contains(strings.TrimSuffix(w, "."), ".")
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
func isCount(t string) bool {
	return t != "" && isDigit(t[0]) && countRE.MatchString(t)
}

// hasAlnum reports whether t has a letter or digit; lines of bullets,
// rules and dingbats are decoration.
func hasAlnum(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isToggle reports whether t is a text-size or similar toggle: a few tokens
// of at most two upper-case letters or +/- signs ("TT", "A A A", "A+ A-").
func isToggle(t string) bool {
	words, w, letters := 0, 0, 0 // w counts the runes of the current word
	for _, r := range t {
		if unicode.IsSpace(r) {
			w = 0
			continue
		}
		if w == 0 {
			words++
		}
		w++
		switch {
		case words > 4 || w > 2:
			return false
		case unicode.IsUpper(r):
			letters++
		case r == '+' || r == '-' || r == '−':
		default:
			return false
		}
	}
	return letters > 0
}

var bylineRE = regexp.MustCompile(`^(?:[Bb]y|BY)\s*:?\s+(\p{Lu}.*)$`)

// byline returns the name in a "By Jane Doe" line, or "" when t is not one.
func byline(t string) string {
	if !strings.HasPrefix(t, "By") && !strings.HasPrefix(t, "by") && !strings.HasPrefix(t, "BY") {
		return ""
	}
	if wordCount(t) > 10 || endsSentence(t) && !isAbbrevEnd(t) {
		return ""
	}
	m := bylineRE.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return m[1]
}
