package html

import (
	"bytes"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// sniffLen is how far into the page a charset declaration is looked for.
// Browsers stop at 1024 bytes, but saved pages often put a long <script> or
// <style> first, and a late declaration is still better than a guess.
const sniffLen = 8 << 10

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// encodingOf finds the page's encoding: a BOM, then a <meta charset> or
// http-equiv declaration, then UTF-8 when the bytes are valid UTF-8, and
// Windows-1252 otherwise (the WHATWG default, a superset of Latin-1).
func encodingOf(data []byte) encoding.Encoding {
	head := data[:min(len(data), sniffLen)]
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8BOM
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	if e, name, certain := charset.DetermineEncoding(head, ""); certain {
		return same(e, name, data)
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		if e, name := charset.Lookup(string(m[1])); e != nil {
			return same(e, name, data)
		}
	}
	if utf8.Valid(data) {
		return encoding.Nop
	}
	return charmap.Windows1252
}

// same is encoding.Nop for a page declared UTF-8 that is valid UTF-8,
// which needs no decoding (and no copy), and e otherwise.
func same(e encoding.Encoding, name string, data []byte) encoding.Encoding {
	if name == "utf-8" && utf8.Valid(data) {
		return encoding.Nop
	}
	return e
}

// decode returns the page as UTF-8. Bytes the encoding cannot map become
// U+FFFD rather than failing the page: a few broken characters should not
// cost the reader the article.
func decode(data []byte) []byte {
	e := encodingOf(data)
	if e == encoding.Nop {
		return data
	}
	out, err := e.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return out
}
