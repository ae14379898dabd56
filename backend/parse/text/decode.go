package text

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
)

// decode turns the bytes into text with "\n" line ends: it strips a UTF-8
// BOM, decodes UTF-16 when a BOM says so, and reads invalid UTF-8 as
// Windows-1252, since old text files saved on Windows are Latin-1 more
// often than anything else.
func decode(data []byte) (string, error) {
	var s string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", ErrNotText
		}
		s = string(out)
	case utf8.Valid(data):
		s = string(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}))
	default:
		out, err := charmap.Windows1252.NewDecoder().Bytes(data)
		if err != nil {
			return "", ErrNotText
		}
		s = string(out)
	}
	if strings.ContainsRune(s, 0) {
		return "", ErrNotText
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n"), nil
}
