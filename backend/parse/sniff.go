package parse

import (
	"bytes"
	"strings"

	"gloss/backend/model"
	"unicode/utf16"
	"unicode/utf8"
)

// isBinary reports whether the first KiB of data looks like a binary file:
// a zip archive's signature, NUL bytes or control characters that text
// never has. Invalid UTF-8 alone
// is not binary, since old text files are often Latin-1; UTF-16 text (with
// its byte-order mark) has NULs but is text.
func isBinary(data []byte) bool {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")) {
		return true // a zip archive that is no EPUB (or too short to tell)
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return !utf16Text(data[2:min(len(data), 1026)])
	}
	head := data[:min(len(data), 1024)]
	ctl := 0
	for len(head) > 0 {
		r, size := utf8.DecodeRune(head)
		head = head[size:]
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			ctl++
		}
	}
	return ctl > 8
}

// utf16Text reports whether b decodes as UTF-16 without control characters.
func utf16Text(b []byte) bool {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
	}
	for _, r := range utf16.Decode(u) {
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' {
			return false
		}
	}
	return true
}

// maxDumpChrome is the share of chrome-like paragraphs above which a text
// read as a dump is taken for a whole page instead. Real dumps, whose bodies
// the dump parser cleans, stay under 0.1; page texts sit well above.
const maxDumpChrome = 0.15

// chromeShare is the share of an article set's paragraphs that look like
// page chrome (short, not a sentence).
func chromeShare(arts []model.Article) float64 {
	var all, chrome int
	for _, a := range arts {
		for _, p := range a.Paragraphs() {
			all++
			if chromeLike(p) {
				chrome++
			}
		}
	}
	return float64(chrome) / float64(max(all, 1))
}

// chromeLike reports whether a line is short and not a sentence, as menu
// items, buttons and labels are.
func chromeLike(l string) bool {
	return l != "" && len(strings.Fields(l)) <= 5 && !strings.ContainsAny(l[len(l)-1:], ".!?:\"”’)")
}

// looksLikePage reports whether text is a whole web page's text rather than
// one clean article: a page has many short lines that are not sentences
// (menus, share buttons, credits) beside its prose, where an article's lines
// are nearly all prose.
func looksLikePage(data []byte) bool {
	head := string(data[:min(len(data), 64<<10)])
	var lines, chrome int
	for i, l := range strings.Split(head, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || i == 0 {
			continue
		}
		lines++
		if chromeLike(l) {
			chrome++
		}
	}
	return chrome >= 8 && chrome*10 >= lines*3
}
