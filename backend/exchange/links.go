package exchange

import (
	"bytes"
	"encoding/json"
	"strings"
)

// linkEntry is a saved link of Pinboard, Delicious, elCurator or
// Readability, whose JSON exports differ only in names.
type linkEntry struct {
	Href         flexString      `json:"href"` // Pinboard
	URL          flexString      `json:"url"`
	ArticleURL   flexString      `json:"article__url"` // Readability
	Description  flexString      `json:"description"`  // Pinboard's title
	Title        flexString      `json:"title"`
	ArticleTitle flexString      `json:"article__title"`
	Time         flexString      `json:"time"`       // Pinboard
	Created      flexString      `json:"created"`    // Delicious, Unix seconds
	CreatedAt    flexString      `json:"created_at"` // elCurator
	DateAdded    flexString      `json:"date_added"` // Readability
	Tags         json.RawMessage `json:"tags"`
	ToRead       flexString      `json:"toread"`
	IsSaved      flexBool        `json:"is_saved"`
	Archive      flexBool        `json:"archive"`
	Favorite     flexBool        `json:"favorite"`
}

// parseLinks reads the JSON reading lists of Pinboard (href, description
// as the title, space-separated tags, toread), Delicious, elCurator
// (is_saved: starred) and Readability ({"bookmarks": [...]}, archive,
// favorite). As wallabag does, a Pinboard link not marked "toread" is
// taken as read (archived).
func parseLinks(name string, data []byte) ([]Item, error) {
	var entries []linkEntry
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		var doc struct{ Bookmarks []linkEntry }
		if err := decodeJSON(name, data, &doc); err != nil {
			return nil, err
		}
		entries = doc.Bookmarks
	} else if err := decodeJSON(name, data, &entries); err != nil {
		return nil, err
	}
	var items []Item
	for _, e := range entries {
		it := Item{URL: firstOf(string(e.Href), string(e.URL), string(e.ArticleURL)),
			Title:    firstOf(string(e.ArticleTitle), string(e.Title)),
			Added:    parseTime(firstOf(string(e.Time), string(e.Created), string(e.CreatedAt), string(e.DateAdded))),
			Archived: bool(e.Archive) || e.ToRead == "no",
			Starred:  bool(e.IsSaved || e.Favorite)}
		if it.URL == "" {
			continue
		}
		var tags flexTags
		_ = tags.UnmarshalJSON(e.Tags)
		if e.Href != "" { // Pinboard: the title is in description, tags are space-separated
			it.Title = firstOf(it.Title, string(e.Description))
			if len(tags) == 1 {
				tags = strings.Fields(tags[0])
			}
		}
		it.Tags = tags
		items = append(items, it)
	}
	return items, nil
}
