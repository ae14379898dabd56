package exchange

import (
	"strconv"
	"time"
)

// bmNode is a folder or bookmark of Chrome's or Firefox's JSON.
type bmNode struct {
	Type      string     `json:"type"` // "url", "folder"; "text/x-moz-place", "text/x-moz-place-container"
	Name      string     `json:"name"` // Chrome
	Title     string     `json:"title"`
	URL       string     `json:"url"` // Chrome
	URI       string     `json:"uri"` // Firefox
	DateAdded flexString `json:"date_added"`
	FFAdded   flexString `json:"dateAdded"`
	Tags      flexTags   `json:"tags"`
	Children  []bmNode   `json:"children"`
}

// chromeEpoch is 1601-01-01, where Chrome's timestamps (microseconds)
// start, in Unix seconds.
const chromeEpoch = -11644473600

// parseBookmarksJSON reads Chrome's "Bookmarks" file (roots of folders,
// times in microseconds since 1601) or a Firefox JSON backup (a tree of
// places, times in microseconds since 1970). Folders become the items'
// Folder paths.
func parseBookmarksJSON(name string, data []byte) ([]Item, error) {
	var doc struct {
		bmNode
		Roots map[string]bmNode `json:"roots"`
	}
	if err := decodeJSON(name, data, &doc); err != nil {
		return nil, err
	}
	var items []Item
	if doc.Roots != nil {
		for _, k := range []string{"bookmark_bar", "other", "synced"} {
			if r, ok := doc.Roots[k]; ok {
				walkBookmarks(r, nil, &items)
			}
		}
		return items, nil
	}
	walkBookmarks(doc.bmNode, nil, &items)
	return items, nil
}

// walkBookmarks adds the bookmarks under n; its depth is bounded by the
// JSON depth check.
func walkBookmarks(n bmNode, path []string, items *[]Item) {
	switch n.Type {
	case "url", "text/x-moz-place":
		it := Item{Title: firstOf(n.Name, n.Title), URL: firstOf(n.URL, n.URI), Tags: n.Tags, Folder: folderPath(path)}
		if it.URL == "" || len(*items) >= maxItems {
			return
		}
		if n.FFAdded != "" {
			it.Added = parseTime(string(n.FFAdded))
		} else if us, err := strconv.ParseInt(string(n.DateAdded), 10, 64); err == nil && us > 0 {
			it.Added = time.Unix(us/1e6+chromeEpoch, 0).UTC()
		}
		*items = append(*items, it)
	default:
		path = append(path[:len(path):len(path)], firstOf(n.Name, n.Title))
		for _, c := range n.Children {
			walkBookmarks(c, path, items)
		}
	}
}
