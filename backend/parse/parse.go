// Package parse turns a file's bytes into articles: it sniffs the format
// from the content (never from the file name) and hands the bytes to the
// parser of that format. It does no I/O.
package parse

import (
	"bytes"
	"errors"
	"fmt"

	"gloss/backend/model"
	"gloss/backend/parse/dump"
	"gloss/backend/parse/html"
	"gloss/backend/parse/text"
)

// ErrUnknownFormat means the content is not in any format Gloss reads.
var ErrUnknownFormat = errors.New("not a format Gloss reads (it reads text and Markdown files, saved web pages and copy-paste dumps of news articles)")

// ErrEmpty means the file has no content.
var ErrEmpty = errors.New("the file is empty")

// Format names what a file holds.
type Format string

// The formats Sniff tells apart.
const (
	HTML     Format = "html"     // a saved web page
	Dump     Format = "dump"     // copy-paste dump of one or more articles with page chrome
	Markdown Format = "markdown" // one Markdown article
	Page     Format = "page"     // a whole web page's text, navigation and all
	Text     Format = "text"     // one plain-text article
)

// File parses the content of the file called name.
func File(name string, data []byte) ([]model.Article, error) {
	f, err := Sniff(data)
	if err != nil {
		return nil, fmt.Errorf("parse: %s: %w", name, err)
	}
	var arts []model.Article
	switch f {
	case HTML:
		arts, err = html.Parse(name, data)
	case Dump:
		arts, err = dump.Parse(name, data)
	case Page:
		arts, err = text.ParsePage(name, data)
	default:
		arts, err = text.Parse(name, data)
	}
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return arts, nil
}

// Sniff decides a file's format from its content.
func Sniff(data []byte) (Format, error) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "", ErrEmpty
	case isBinary(data):
		return "", ErrUnknownFormat
	case html.Looks(data):
		return HTML, nil
	case dump.Looks(data):
		return Dump, nil
	case text.LooksMarkdown(data):
		return Markdown, nil
	case looksLikePage(data):
		return Page, nil
	}
	return Text, nil
}
