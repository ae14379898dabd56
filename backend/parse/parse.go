// Package parse turns a file's bytes into articles: it sniffs the format
// from the content (never from the file name) and hands the bytes to the
// parser of that format. It does no I/O.
package parse

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"gloss/backend/model"
	"gloss/backend/parse/dump"
)

// ErrUnknownFormat means the content is not in any format Gloss reads.
var ErrUnknownFormat = errors.New("not a format Gloss reads (it reads text dumps of news articles)")

// ErrEmpty means the file has no content.
var ErrEmpty = errors.New("the file is empty")

// File parses the content of the file called name.
func File(name string, data []byte) ([]model.Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("parse: %s: %w", name, ErrEmpty)
	}
	if isBinary(data) {
		return nil, fmt.Errorf("parse: %s: %w", name, ErrUnknownFormat)
	}
	arts, err := dump.Parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return arts, nil
}

// isBinary reports whether the first KiB of data looks like a binary file:
// NUL bytes or control characters that text never has. Invalid UTF-8 alone is
// not binary, since old text files are often Latin-1.
func isBinary(data []byte) bool {
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
