package exchange

import (
	"encoding/json"
	"strings"
)

// parseInstapaper reads Instapaper's CSV export: URL, Title, Selection,
// Folder and, in newer exports, Timestamp and Tags. The folders Unread,
// Archive and Starred are states; any other is the item's Folder. The
// Selection (text the user selected when saving) becomes a highlight.
func parseInstapaper(name string, data []byte) ([]Item, error) {
	t, err := readCSV(name, data)
	if err != nil {
		return nil, err
	}
	var items []Item
	for _, row := range t.rows {
		it := Item{URL: t.get(row, "url"), Title: t.get(row, "title"),
			Added: parseTime(t.get(row, "timestamp")), Tags: instapaperTags(t.get(row, "tags"))}
		if it.URL == "" {
			continue
		}
		switch folder := t.get(row, "folder"); strings.ToLower(folder) {
		case "unread", "":
		case "archive":
			it.Archived = true
		case "starred":
			it.Starred = true
		default:
			it.Folder = folder
		}
		if sel := t.get(row, "selection"); sel != "" {
			it.Highlights = []Highlight{{Quote: sel, Start: -1, End: -1}}
		}
		items = append(items, it)
	}
	return items, nil
}

// instapaperTags reads the Tags cell: a JSON array (["a","b"]) or a
// comma-separated list.
func instapaperTags(s string) []string {
	var tags []string
	if json.Unmarshal([]byte(s), &tags) == nil {
		return tags
	}
	return splitTags(strings.Trim(s, "[]"), ",")
}
