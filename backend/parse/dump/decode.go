package dump

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"gloss/backend/model"
)

// line is one non-blank line of the dump, folded, with the number of blank
// lines that came before it: blank runs are what separate articles.
type line struct {
	text string
	gap  int
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
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []line
	gap := 0
	for raw := range strings.SplitSeq(s, "\n") {
		raw = strings.Map(dropControl, raw)
		t := model.Fold(strings.TrimFunc(raw, isBlankRune))
		if t == "" {
			gap++
			continue
		}
		out = append(out, line{text: t, gap: gap})
		gap = 0
	}
	return out
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
