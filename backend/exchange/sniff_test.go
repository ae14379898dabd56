package exchange

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// Ensure that Sniff claims no plain-text article of the corpus.
func TestSniff_NotArticles(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus(t, "bbc"), "*", "*.txt"))
	claimed := 0
	for i, f := range files {
		if i%5 != 0 { // a sample of 312 across the five sections
			continue
		}
		if got, ok := Sniff(mustRead(t, f)); ok {
			claimed++
			t.Errorf("%s sniffed as %q", f, got)
		}
	}
	if claimed > 0 || len(files) == 0 {
		t.Errorf("%d false positives among %d files", claimed, len(files)/5)
	}
}

// Ensure that Sniff claims no ordinary web page of the corpus.
func TestSniff_NotPages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus(t, "readability"), "*", "source.html"))
	if len(files) == 0 {
		t.Skip("no readability pages in the corpus")
	}
	for _, f := range files {
		if got, ok := Sniff(mustRead(t, f)); ok {
			t.Errorf("%s sniffed as %q", f, got)
		}
	}
}

// Ensure that Markdown, prose, other JSON and other CSV are not exports.
func TestSniff_NotOthers(t *testing.T) {
	tests := map[string]string{
		"markdown":       "Title\n==========\n\nSome *text* here, with a list:\n\n- item | 1\n- item 2\n",
		"setext pair":    "A heading\n==========\n\nBody 1 | 2\n==========\n",
		"prose":          "The council met on Tuesday.\n\nIt voted 7 to 2 to approve the budget.\n",
		"package.json":   `{"name": "x", "version": "1.0.0", "dependencies": {"a": "^1"}}`,
		"json schema":    `{"$schema": "http://json-schema.org/draft-04/schema#", "properties": {"uri": {}, "target": {}, "text": {}}}`,
		"geojson":        `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"url": "x"}}]}`,
		"csv":            "name,age,city\nAnn,30,Paris\n",
		"html":           "<!DOCTYPE html><html><head><title>News</title></head><body><p>Hi</p></body></html>",
		"empty":          "",
		"spaces":         " \n\t ",
		"binary":         "\x00\x01\x02\x03",
		"utf16 prose":    "\xff\xfeH\x00i\x00",
		"array of words": `["a", "b"]`,
	}
	for name, text := range tests {
		if got, ok := Sniff([]byte(text)); ok {
			t.Errorf("%s: sniffed as %q", name, got)
		}
		if _, _, err := Parse(name, []byte(text)); !errors.Is(err, ErrUnknown) {
			t.Errorf("%s: Parse err = %v, want ErrUnknown", name, err)
		}
	}
}

// Ensure that exports are sniffed from their content in UTF-16 too, and
// that Parse's errors name the file and wrap the sentinels.
func TestParse_Errors(t *testing.T) {
	deep := strings.Repeat("[", 300) + strings.Repeat("]", 300)
	tests := []struct {
		name, data string
		want       error
	}{
		{"deep.json", `[{"href": "x", "toread": "no", "extended": "", "tags": ` + deep + `}]`, ErrTooDeep},
		{"bad.json", `[{"href": "x", "toread": "no", "extended": ""},`, ErrMalformed},
		{"wallabag.json", `{"url": "x", "is_archived": true, "content": ""}`, ErrMalformed},
		{"clip.txt", "T (A)\n- Your Bookmark on page 1 | Added on Monday, 1 January 2024 10:00:00\n\n==========\n", ErrEmpty},
		{"deep.html", "<!DOCTYPE NETSCAPE-Bookmark-file-1>" + strings.Repeat("<DL>", 300), ErrTooDeep},
		{"w3c.json", `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "first": "http://x/p1"}`, ErrEmpty},
	}
	for _, tt := range tests {
		_, _, err := Parse(tt.name, []byte(tt.data))
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), "exchange: "+tt.name+": ") {
			t.Errorf("%s: err %q does not name the file", tt.name, err)
		}
	}
	if _, _, err := Parse("huge", make([]byte, MaxSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("huge: err = %v, want ErrTooLarge", err)
	}
}

// Ensure that a UTF-16 export (as Windows tools write) is read.
func TestParse_UTF16(t *testing.T) {
	text := "T (A)\r\n- Your Highlight on page 1 | Location 5-6 | Added on Monday, 1 January 2024 10:00:00\r\n\r\nQuote é.\r\n==========\r\n"
	data := []byte{0xFF, 0xFE}
	for _, r := range text {
		data = append(data, byte(r), byte(r>>8))
	}
	f, items, err := Parse("utf16.txt", data)
	if err != nil || f != Kindle || len(items) != 1 || items[0].Highlights[0].Quote != "Quote é." {
		t.Fatalf("Parse = %q, %+v, %v; want one Kindle book quoting %q", f, items, err, "Quote é.")
	}
}
