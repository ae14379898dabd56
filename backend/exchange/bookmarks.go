package exchange

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
)

// parseBookmarks reads browser bookmarks: the Netscape bookmark file
// that browsers, Shaarli and Pinboard write (HTML), or the JSON of
// Chrome's "Bookmarks" file and Firefox's backups.
func parseBookmarks(name string, data []byte) ([]Item, error) {
	if t := bytes.TrimSpace(data); len(t) > 0 && t[0] == '{' {
		return parseBookmarksJSON(name, data)
	}
	var items []Item
	var folders []string // names of the open <DL> lists
	var pending strings.Builder
	var cur *Item
	inH3 := false
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return items, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, _ := z.TagName()
			switch string(tag) {
			case "h3":
				inH3 = true
				pending.Reset()
			case "dl":
				if len(folders) >= maxDepth {
					return nil, fmt.Errorf("exchange: %s: folders nested more than %d deep: %w", name, maxDepth, ErrTooDeep)
				}
				folders = append(folders, strings.TrimSpace(pending.String()))
				pending.Reset()
			case "a":
				a := attrs(z)
				cur = &Item{URL: a["href"], Added: parseTime(a["add_date"]), Tags: splitTags(a["tags"], ","),
					Folder: folderPath(folders)}
			}
		case html.TextToken:
			switch {
			case inH3:
				pending.Write(z.Text())
			case cur != nil:
				cur.Title += string(z.Text())
			}
		case html.EndTagToken:
			tag, _ := z.TagName()
			switch string(tag) {
			case "h3":
				inH3 = false
			case "dl":
				folders = folders[:max(len(folders)-1, 0)]
			case "a":
				if cur != nil && cur.URL != "" {
					items = append(items, *cur)
				}
				cur = nil
			}
		}
	}
}

// folderPath joins the names of nested folders: "Bookmarks bar / News".
func folderPath(names []string) string {
	var parts []string
	for _, n := range names {
		if n != "" {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, " / ")
}
