package anchor

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// maxOccurrences bounds how many exact occurrences of a quote are scored; a
// one-letter quote in a long text would otherwise have tens of thousands.
// The ones nearest the stored position are kept.
const maxOccurrences = 4096

// occurrence is where an exact copy of the quote starts, in code points
// and in bytes.
type occurrence struct {
	start, byteStart int
}

// exactStarts returns every occurrence of quote in text, overlapping ones
// included, in increasing order. Both must be valid UTF-8, so that a byte
// match always starts on a code point boundary. The byte search is
// strings.Index; code-point offsets come from counting the code points
// between successive matches, so the whole search stays linear.
func exactStarts(text, quote string) []occurrence {
	if quote == "" {
		return nil
	}
	var out []occurrence
	byteAt, runeAt := 0, 0
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], quote)
		if i < 0 {
			break
		}
		found := from + i
		runeAt += utf8.RuneCountInString(text[byteAt:found])
		byteAt = found
		out = append(out, occurrence{start: runeAt, byteStart: found})
		_, size := utf8.DecodeRuneInString(text[found:])
		from = found + size
	}
	return out
}

// nearest keeps the at most limit occurrences whose starts are closest to
// hint (the first ones when hint is -1, meaning no hint), in order.
func nearest(occs []occurrence, hint, limit int) []occurrence {
	if len(occs) <= limit {
		return occs
	}
	if hint < 0 {
		return occs[:limit]
	}
	// occs is sorted: the closest ones form a window [lo, hi) around hint.
	i, _ := slices.BinarySearchFunc(occs, hint, func(o occurrence, h int) int { return o.start - h })
	lo, hi := i, i
	for hi-lo < limit {
		switch {
		case lo == 0:
			hi++
		case hi == len(occs):
			lo--
		case hint-occs[lo-1].start <= occs[hi].start-hint:
			lo--
		default:
			hi++
		}
	}
	return occs[lo:hi]
}

// lastRunes returns the last n code points of s, fewer when s is shorter.
func lastRunes(s string, n int) []rune {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return []rune(s[i:])
}

// firstRunes returns the first n code points of s, fewer when s is shorter.
func firstRunes(s string, n int) []rune {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return []rune(s[:i])
}
