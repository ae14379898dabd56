package epub

import (
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// xmlEncoding finds the encoding an XML declaration names.
var xmlEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// toUTF8 returns an XML or XHTML file as UTF-8. EPUB asks for UTF-8 or
// UTF-16; older books sometimes declare a legacy charset, which is
// honoured. Bytes that do not decode become U+FFFD rather than losing the
// chapter.
func toUTF8(data []byte) []byte {
	label := ""
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		label = "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		label = "utf-16be"
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
	default:
		if m := xmlEncoding.FindSubmatch(data[:min(len(data), 1024)]); m != nil {
			label = string(m[1])
		}
	}
	if label != "" && !strings.EqualFold(label, "utf-8") && !strings.EqualFold(label, "utf8") {
		if e, _ := charset.Lookup(label); e != nil {
			if out, err := e.NewDecoder().Bytes(data); err == nil {
				data = out
			}
		}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return data
}

// decodeXML unmarshals one of the book's XML files into v, leniently:
// books in the wild have HTML entities, unquoted attributes and unclosed
// tags. encoding/xml expands no DTD entities, so entity bombs are inert.
func decodeXML(data []byte, v any) error {
	d := xml.NewDecoder(bytes.NewReader(toUTF8(data)))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	// toUTF8 has already decoded whatever the declaration names.
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	return d.Decode(v)
}
