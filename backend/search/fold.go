package search

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxWordBytes caps the length of one indexed word, so that URLs, hashes and
// base64 junk cannot bloat the vocabulary.
const maxWordBytes = 64

const tatweel = '\u0640'

// special folds letters that Unicode does not decompose into a base letter,
// and two Arabic letters commonly written for one another.
var special = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'ł': "l", 'đ': "d",
	'ð': "d", 'þ': "th", 'ı': "i", 'ة': "ه", 'ى': "ي",
}

// asciiFold maps each ASCII letter and digit to its folded form and every
// other ASCII character to 0, for the fast path of eachWord.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		if isWordRune(rune(c)) {
			t[c] = foldRune(nil, rune(c))[0]
		}
	}
	return t
}()

// token is one word of a text: its folded form and the code-point offsets of
// the original word.
type token struct {
	word       string
	start, end int
}

// foldRune appends the folded form of r to buf: lower case, no accents or
// other non-spacing marks, no tatweel.
func foldRune(buf []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(buf, byte(r))
	}
	if r == tatweel || unicode.Is(unicode.Mn, r) {
		return buf
	}
	r = unicode.ToLower(r)
	if s, ok := special[r]; ok {
		return append(buf, s...)
	}
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	d := norm.NFD.Properties(tmp[:n]).Decomposition()
	if d == nil {
		return append(buf, tmp[:n]...)
	}
	for len(d) > 0 {
		c, size := utf8.DecodeRune(d)
		d = d[size:]
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		c = unicode.ToLower(c)
		if s, ok := special[c]; ok {
			buf = append(buf, s...)
		} else {
			buf = utf8.AppendRune(buf, c)
		}
	}
	return buf
}

// isWordRune reports whether r belongs inside a word. Marks and tatweel do,
// though they fold away.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == tatweel
}

// isIdeograph reports whether r is written without spaces between words; each
// such rune is a word of its own.
func isIdeograph(r rune) bool {
	if r < 0x2E80 { // below the CJK radicals
		return false
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
}

// eachWord calls fn for every word of s with its folded form and the
// code-point offsets [start, end) of the original. w is only valid during
// the call. A comma or point between two digits stays inside the word
// ("58,000" folds to "58000", "1.5" to "1.5").
func eachWord(s string, fn func(w []byte, start, end int)) {
	var buf [maxWordBytes + utf8.UTFMax*2]byte
	w := buf[:0]
	start, pos := -1, 0
	prevDigit := false
	flush := func(end int) {
		if start >= 0 && len(w) > 0 {
			fn(w, start, end)
		}
		w, start = buf[:0], -1
	}
	for i := 0; i < len(s); pos++ {
		if c := s[i]; c < utf8.RuneSelf && asciiFold[c] != 0 { // the common case
			if start < 0 {
				start = pos
			}
			// The whole run of ASCII letters and digits in one go.
			j := i
			for ; i < len(s) && s[i] < utf8.RuneSelf && asciiFold[s[i]] != 0; i++ {
				if len(w) < maxWordBytes {
					w = append(w, asciiFold[s[i]])
				}
			}
			pos += i - j - 1
			prevDigit = '0' <= s[i-1] && s[i-1] <= '9'
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= 0x2E80 && isIdeograph(r): // the test inlined: ASCII gets here often
			flush(pos)
			start = pos
			w = foldRune(w, r)
			flush(pos + 1)
			prevDigit = false
			continue
		case isWordRune(r):
			if start < 0 {
				start = pos
			}
			if len(w) < maxWordBytes {
				w = foldRune(w, r)
			}
			prevDigit = '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
			continue
		case (r == ',' || r == '.') && prevDigit && i < len(s):
			if next, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsDigit(next) {
				if r == '.' && len(w) < maxWordBytes {
					w = append(w, '.')
				}
				prevDigit = false
				continue
			}
		}
		prevDigit = false
		flush(pos)
	}
	flush(pos)
}

// tokenize returns the words of s.
func tokenize(s string) []token {
	var out []token
	eachWord(s, func(w []byte, start, end int) {
		out = append(out, token{string(w), start, end})
	})
	return out
}

// words returns the folded words of s.
func words(s string) []string {
	var out []string
	eachWord(s, func(w []byte, _, _ int) { out = append(out, string(w)) })
	return out
}

// fold returns s folded as one string: its words joined by single spaces.
func fold(s string) string {
	var b []byte
	eachWord(s, func(w []byte, _, _ int) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	})
	return string(b)
}
