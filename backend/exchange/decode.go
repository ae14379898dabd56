package exchange

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// toUTF8 returns data as UTF-8 without a byte-order mark. UTF-16 with a
// mark is converted; bytes that are not UTF-8 are read as Windows-1252,
// the encoding of old Windows exports. Valid UTF-8 is returned as is, so
// a large export is not copied.
func toUTF8(data []byte) []byte {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if out, err := dec.Bytes(data); err == nil {
			return bytes.TrimPrefix(out, []byte("\uFEFF"))
		}
		return nil
	case bytes.HasPrefix(data, []byte("\uFEFF")):
		data = data[3:]
	}
	if utf8.Valid(data) {
		return data
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return nil
	}
	return out
}

// head returns the first n bytes of data, or fewer so as not to cut a
// UTF-8 sequence in two.
func head(data []byte, n int) []byte {
	if len(data) <= n {
		return data
	}
	for i := n; i > n-utf8.UTFMax && i > 0; i-- {
		if utf8.RuneStart(data[i]) {
			return data[:i]
		}
	}
	return data[:n]
}
