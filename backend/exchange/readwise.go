package exchange

import (
	"fmt"
	"strings"
)

// parseReadwise reads a Readwise CSV in its export layout (Highlight,
// Book Title, Book Author, Amazon Book ID, Note, Color, Tags, Location
// Type, Location, Highlighted at, Document tags) or its import layout
// (Highlight, Title, Author, URL, Note, Location, Date). Rows are grouped
// into one item per document; a book without a URL gets an Article built
// from its quotes, in location order when locations are numbers.
func parseReadwise(name string, data []byte) ([]Item, error) {
	t, err := readCSV(name, data)
	if err != nil {
		return nil, err
	}
	if _, ok := t.cols["highlight"]; !ok {
		return nil, fmt.Errorf("exchange: %s: no Highlight column: %w", name, ErrMalformed)
	}
	var items []*Item
	byKey := map[string]*Item{}
	for _, row := range t.rows {
		title := t.get(row, "book title", "title")
		author := t.get(row, "book author", "author")
		url := t.get(row, "url", "source url")
		key := title + "\x00" + author + "\x00" + url
		it := byKey[key]
		if it == nil {
			it = &Item{Title: title, Author: author, URL: url,
				Tags: splitTags(t.get(row, "document tags"), ",")}
			byKey[key] = it
			items = append(items, it)
		}
		h := Highlight{Quote: t.get(row, "highlight"), Note: t.get(row, "note"), Color: t.get(row, "color"),
			Tags: splitTags(t.get(row, "tags"), ","), Start: -1, End: -1,
			Created: parseTime(t.get(row, "highlighted at", "date"))}
		if h.Quote == "" && h.Note == "" {
			continue
		}
		loc := t.get(row, "location")
		if kind := strings.ToLower(t.get(row, "location type")); loc != "" && kind != "" && kind != "none" {
			h.Location = kind + " " + loc
		} else {
			h.Location = loc
		}
		it.Highlights = append(it.Highlights, h)
	}
	out := make([]Item, 0, len(items))
	for _, it := range items {
		if len(it.Highlights) == 0 {
			continue
		}
		if it.URL == "" {
			sortByLocation(it.Highlights)
			it.Article = bookArticle(it.Title, it.Author, it.Highlights)
		}
		out = append(out, *it)
	}
	return out, nil
}
