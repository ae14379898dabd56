package html

import (
	"bytes"
	"net/http"
)

// Looks reports whether data is an HTML page, by content alone: after the
// charset is decoded, the WHATWG sniffing rules (a leading tag such as
// <!DOCTYPE html>, <html>, <head>, <p> or a comment) must say text/html,
// or an XML declaration must be followed by an <html> element (XHTML).
func Looks(data []byte) bool {
	head := decode(data[:min(len(data), sniffLen)])
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	if http.DetectContentType(head) == "text/html; charset=utf-8" {
		return true
	}
	trim := bytes.TrimLeft(head, " \t\r\n")
	lower := bytes.ToLower(head)
	// Pages saved by some tools open with a mangled XML declaration such
	// as "<!--?xml ...?-->", which the sniffing rules do not know: a
	// document that opens with markup and has a doctype or <html> near
	// the top is HTML all the same.
	return bytes.HasPrefix(trim, []byte("<")) &&
		(bytes.Contains(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")))
}
