package exchange

import (
	"fmt"
	"strings"
)

// wbEntry is one entry of a wallabag export; v1 and v2 name the same
// things differently and write flags as strings, numbers or booleans.
type wbEntry struct {
	Title       flexString `json:"title"`
	URL         flexString `json:"url"`
	Content     flexString `json:"content"`
	IsArchived  flexBool   `json:"is_archived"`
	IsStarred   flexBool   `json:"is_starred"`
	IsRead      flexBool   `json:"is_read"` // v1
	IsFav       flexBool   `json:"is_fav"`  // v1
	CreatedAt   flexString `json:"created_at"`
	PublishedAt flexString `json:"published_at"`
	PublishedBy flexTags   `json:"published_by"`
	Language    flexString `json:"language"`
	Tags        flexTags   `json:"tags"`
	Annotations []struct {
		Text      flexString `json:"text"`
		Quote     flexString `json:"quote"`
		CreatedAt flexString `json:"created_at"`
		Ranges    []struct {
			Start       flexString `json:"start"`
			End         flexString `json:"end"`
			StartOffset flexString `json:"startOffset"`
			EndOffset   flexString `json:"endOffset"`
		} `json:"ranges"`
	} `json:"annotations"`
}

// parseWallabag reads a wallabag v1 or v2 JSON export: a list of entries
// with their article HTML, tags, archived and starred flags, dates and
// (v2) annotations, whose quotes are anchored in the article text when
// they occur there exactly once.
func parseWallabag(name string, data []byte) ([]Item, error) {
	var entries []wbEntry
	if err := decodeJSON(name, data, &entries); err != nil {
		return nil, err
	}
	var items []Item
	for _, e := range entries {
		it := Item{Title: string(e.Title), URL: string(e.URL), Tags: e.Tags,
			Archived: bool(e.IsArchived || e.IsRead), Starred: bool(e.IsStarred || e.IsFav),
			Added: parseTime(string(e.CreatedAt)), Published: isoTime(parseTime(string(e.PublishedAt))),
			Author: strings.Join(e.PublishedBy, ", ")}
		if it.URL == "" {
			continue
		}
		it.Article = articleFromHTML(it.Title, it.URL, string(e.Content))
		if it.Article != nil {
			it.Article.Lang = firstOf(it.Article.Lang, string(e.Language))
			it.Article.Published = firstOf(it.Article.Published, it.Published)
		}
		for _, a := range e.Annotations {
			h := Highlight{Quote: string(a.Quote), Note: string(a.Text), Start: -1, End: -1,
				Created: parseTime(string(a.CreatedAt))}
			if len(a.Ranges) > 0 {
				r := a.Ranges[0]
				h.Location = fmt.Sprintf("%s:%s-%s:%s", r.Start, r.StartOffset, r.End, r.EndOffset)
			}
			anchor(it.Article, &h)
			if h.worth() {
				it.Highlights = append(it.Highlights, h)
			}
		}
		items = append(items, it)
	}
	return items, nil
}
