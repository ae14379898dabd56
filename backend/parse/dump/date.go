package dump

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// months maps English month names and their usual abbreviations to their
// number; dates in the dumps' chrome are English even when the body is not.
var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
	"october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

const monthPat = `(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`

// Dates must carry a year: "Sunday, 27 February" in a body is text, and a
// date without a year cannot be stored as ISO anyway.
var (
	isoDateRE = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?:T|\b)`)
	dmyRE     = regexp.MustCompile(`(?i)\b(\d\d?)(?:st|nd|rd|th)?[ .,-]+` + monthPat + `[ .,-]+((?:19|20)\d\d)\b`)
	mdyRE     = regexp.MustCompile(`(?i)\b` + monthPat + `[ .]+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
)

// findDate returns the first calendar date in t as "YYYY-MM-DD". Numeric
// dates other than year-first ones are ambiguous (5/3 or 3/5) and ignored.
func findDate(t string) (string, bool) {
	// The patterns are slow, and most lines lack what they need.
	year, iso := years(t)
	if !year {
		return "", false
	}
	if iso {
		if m := isoDateRE.FindStringSubmatch(t); m != nil {
			return isoDate(m[1], month(m[2]), m[3])
		}
	}
	if !hasMonth(t) {
		return "", false
	}
	if m := dmyRE.FindStringSubmatch(t); m != nil {
		return isoDate(m[3], months[strings.ToLower(m[2])], m[1])
	}
	if m := mdyRE.FindStringSubmatch(t); m != nil {
		return isoDate(m[3], months[strings.ToLower(m[1])], m[2])
	}
	return "", false
}

func month(s string) time.Month {
	n, _ := strconv.Atoi(s)
	return time.Month(n)
}

// isoDate formats a date, rejecting impossible ones such as 31 February.
func isoDate(year string, m time.Month, day string) (string, bool) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || m < 1 || m > 12 || d < 1 {
		return "", false
	}
	tm := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if tm.Day() != d || tm.Month() != m {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// dateStamp reports whether t, of n words, is a date stamp line
// ("Wednesday, 21 January, 2024 - 17:57", "Published 5 Mar 2024 10:02 GMT"),
// not a sentence that happens to mention a date; ends is endsSentence(t).
func dateStamp(t string, n int, ends bool) bool {
	if n > 12 || (ends && !strings.HasSuffix(t, "m.")) {
		return false
	}
	_, ok := findDate(t)
	return ok
}

// years reports whether t holds four digits from 1900 to 2099, which all
// three date patterns need, and whether one is followed by "-", "/" or ".",
// which the year-first pattern needs.
func years(t string) (year, iso bool) {
	for i := 0; i+3 < len(t); i++ {
		if (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') && isDigit(t[i+2]) && isDigit(t[i+3]) {
			year = true
			if i+4 < len(t) && strings.IndexByte("-/.", t[i+4]) >= 0 {
				return true, true
			}
		}
	}
	return year, false
}

// monthStems are what monthPat needs, in any case; "ep" stands for "sep",
// whose s (?i) also matches to the long s.
var monthStems = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "ep", "oct", "nov", "dec"}

func hasMonth(t string) bool {
	for _, m := range monthStems {
		if containsFold(t, m) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
