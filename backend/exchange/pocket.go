package exchange

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// parsePocketHTML reads Pocket's ril_export.html: under an <h1> per list
// ("Unread", "Read Archive"), one link per saved item with its
// time_added (Unix seconds) and tags (comma-separated). Items under the
// archive heading are archived.
func parsePocketHTML(name string, data []byte) ([]Item, error) {
	var items []Item
	var section strings.Builder
	var cur *Item
	inH1 := false
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return items, nil
		case html.StartTagToken:
			tag, _ := z.TagName()
			switch string(tag) {
			case "h1":
				inH1 = true
				section.Reset()
			case "a":
				a := attrs(z)
				cur = &Item{URL: a["href"], Added: parseTime(a["time_added"]), Tags: splitTags(a["tags"], ","),
					Archived: strings.Contains(strings.ToLower(section.String()), "archive")}
			}
		case html.TextToken:
			switch {
			case inH1:
				section.Write(z.Text())
			case cur != nil:
				cur.Title += string(z.Text())
			}
		case html.EndTagToken:
			tag, _ := z.TagName()
			switch string(tag) {
			case "h1":
				inH1 = false
			case "a":
				if cur != nil && cur.URL != "" {
					items = append(items, *cur)
				}
				cur = nil
			}
		}
	}
}

// attrs returns the attributes of the tokenizer's current tag, keys in
// lower case.
func attrs(z *html.Tokenizer) map[string]string {
	m := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		m[string(k)] = string(v)
		if !more {
			return m
		}
	}
}
