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
	"gloss/backend/parse/epub"
	"gloss/backend/parse/html"
	"gloss/backend/parse/text"
)

// ErrUnknownFormat means the content is not in any format Gloss reads.
var ErrUnknownFormat = errors.New("not a format Gloss reads (it reads text and Markdown files, saved web pages, EPUB books and copy-paste dumps of news articles)")

// ErrEmpty means the file has no content.
var ErrEmpty = errors.New("the file is empty")

// Format names what a file holds.
type Format string

// The formats Sniff tells apart.
const (
	HTML     Format = "html"     // a saved web page
	Dump     Format = "dump"     // copy-paste dump of one or more articles with page chrome
	EPUB     Format = "epub"     // an e-book, read as one article
	Markdown Format = "markdown" // one Markdown article
	Page     Format = "page"     // a whole web page's text, navigation and all
	Text     Format = "text"     // one plain-text article
)

// File parses the content of the file called name.
func File(name string, data []byte) ([]model.Article, error) {
	f, arts, err := sniff(name, data)
	if err != nil {
		return nil, fmt.Errorf("parse: %s: %w", name, err)
	}
	switch f {
	case HTML:
		arts, err = html.Parse(name, data)
	case EPUB:
		arts, err = epub.Parse(name, data)
	case Dump:
		// parsed while sniffing
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
	f, _, err := sniff("", data)
	return f, err
}

// sniff decides the format; for a dump it returns the articles it had to
// parse to decide.
func sniff(name string, data []byte) (Format, []model.Article, error) {
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return "", nil, ErrEmpty
	case epub.Looks(data):
		// A zip archive is binary; the one kind Gloss reads is told by
		// its content (the mimetype entry or the container file).
		return EPUB, nil, nil
	case isBinary(data):
		return "", nil, ErrUnknownFormat
	case html.Looks(data):
		return HTML, nil, nil
	case dump.Looks(data):
		// A whole web page's text also repeats lines (menus, the title in
		// the header and the body), so it can pass for a dump: read as one,
		// its "articles" are then full of short unfinished lines.
		arts, err := dump.Parse(name, data)
		if err == nil && chromeShare(arts) < maxDumpChrome {
			return Dump, arts, nil
		}
		return Page, nil, nil
	case text.LooksMarkdown(data):
		return Markdown, nil, nil
	case looksLikePage(data):
		return Page, nil, nil
	}
	return Text, nil, nil
}
