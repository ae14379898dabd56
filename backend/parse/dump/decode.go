package dump

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"gloss/backend/model"
)

// line is one non-blank line of the dump, folded, with the number of blank
// lines that came before it (blank runs are what separate articles) and
// what its text looks like.
type line struct {
	text  string
	gap   int
	words int
	kind  kind
	// prev and next are the indexes of the closest lines with the same
	// text, or -1 and len(lines); newDoc sets them.
	prev, next int
}

var (
	bom8    = []byte{0xEF, 0xBB, 0xBF}
	bom16LE = []byte{0xFF, 0xFE}
	bom16BE = []byte{0xFE, 0xFF}
)

// decode turns the bytes into text: it strips a UTF-8 BOM, decodes UTF-16
// when a BOM says so, and reads invalid UTF-8 as Windows-1252, since old
// text files saved on Windows are Latin-1 more often than anything else.
func decode(data []byte) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(data, bom16LE) || bytes.HasPrefix(data, bom16BE):
		dec := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", ErrNotText
		}
		s = string(out)
	case utf8.Valid(data):
		s = string(bytes.TrimPrefix(data, bom8))
	default:
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", ErrNotText
		}
		s = string(out)
	}
	if !isText(s) {
		return "", ErrNotText
	}
	return s, nil
}

// isText rejects NUL bytes and text where more than one rune in twenty is
// a control character: no paste looks like that, binary files do.
func isText(s string) bool {
	ctl, all := 0, 0
	for _, r := range s {
		all++
		if r >= ' ' && r < 0x7f {
			continue // printable ASCII, most of any text
		}
		if r == 0 {
			return false
		}
		if isControl(r) {
			ctl++
		}
	}
	return ctl*20 <= all
}

func isControl(r rune) bool {
	return unicode.IsControl(r) && r != '\n' && r != '\r' && r != '\t' && r != '\f' && r != '\v'
}

// splitLines cuts the text into folded non-blank lines, counting the blank
// lines before each. Lines holding only invisible format characters (zero
// width spaces, direction marks) count as blank.
func splitLines(s string) []line {
	out := make([]line, 0, strings.Count(s, "\n")+1)
	gap := 0
	for more := true; more; {
		var raw string
		raw, s, more = cutLine(s)
		t := raw
		if !folded(raw) {
			t = model.Fold(strings.TrimFunc(strings.Map(dropControl, raw), isBlankRune))
		}
		if t == "" {
			gap++
			continue
		}
		// Folded text has one space between words and none elsewhere.
		n := strings.Count(t, " ") + 1
		out = append(out, line{text: t, gap: gap, words: n, kind: classify(t, n)})
		gap = 0
	}
	return out
}

// cutLine returns the text before the first line break in s and the text
// after it, or s and false when there is none. A break is "\n", "\r\n" or
// a lone "\r" (old Mac files); cutting in place spares copying the whole
// text to turn them all into "\n".
func cutLine(s string) (before, after string, found bool) {
	i := strings.IndexByte(s, '\n')
	end := i
	if i < 0 {
		end = len(s)
	}
	if j := strings.IndexByte(s[:end], '\r'); j >= 0 {
		if j+1 == i {
			return s[:j], s[i+1:], true
		}
		return s[:j], s[j+1:], true
	}
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+1:], true
}

// folded reports whether raw is already what splitLines would make of it:
// no control character, no space but single ASCII spaces between words, no
// format character at either end, and NFC. Most lines of a paste are, and
// taking them as they are saves copying them.
func folded(raw string) bool {
	if raw == "" || raw[0] == ' ' || raw[len(raw)-1] == ' ' || strings.Contains(raw, "  ") {
		return false
	}
	ascii := true
	for i := 0; i < len(raw); {
		c := raw[i]
		if c-' ' < 0x7f-' ' { // printable ASCII, in one comparison
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return false // a control character
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		if r == utf8.RuneError || unicode.IsSpace(r) || isControl(r) {
			return false
		}
		ascii = false
		i += size
	}
	if ascii {
		return true
	}
	first, _ := utf8.DecodeRuneInString(raw)
	last, _ := utf8.DecodeLastRuneInString(raw)
	return !unicode.Is(unicode.Cf, first) && !unicode.Is(unicode.Cf, last) && norm.NFC.IsNormalString(raw)
}

func dropControl(r rune) rune {
	if isControl(r) {
		return -1
	}
	return r
}

func isBlankRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r)
}
