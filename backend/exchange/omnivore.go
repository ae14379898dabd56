package exchange

// omEntry is one article of Omnivore's export (metadata_N.json).
type omEntry struct {
	Title       flexString `json:"title"`
	Author      flexString `json:"author"`
	URL         flexString `json:"url"`
	State       flexString `json:"state"`
	Labels      flexTags   `json:"labels"`
	SavedAt     flexString `json:"savedAt"`
	PublishedAt flexString `json:"publishedAt"`
	Content     flexString `json:"content"`
	Highlights  []struct {
		Quote      flexString `json:"quote"`
		Annotation flexString `json:"annotation"`
		Color      flexString `json:"color"`
		CreatedAt  flexString `json:"createdAt"`
	} `json:"highlights"`
}

// parseOmnivore reads Omnivore's JSON export: title, author, URL, labels
// (as tags), state ("Archived"), saved and published dates, and, when the
// export carries them, the article HTML and highlights. Its usual export
// keeps the HTML in separate files, so most items have no text.
func parseOmnivore(name string, data []byte) ([]Item, error) {
	var entries []omEntry
	if err := decodeJSON(name, data, &entries); err != nil {
		return nil, err
	}
	var items []Item
	for _, e := range entries {
		it := Item{Title: string(e.Title), Author: string(e.Author), URL: string(e.URL), Tags: e.Labels,
			Archived: e.State == "Archived", Added: parseTime(string(e.SavedAt)),
			Published: isoTime(parseTime(string(e.PublishedAt)))}
		if it.URL == "" || e.State == "Deleted" {
			continue
		}
		it.Article = articleFromHTML(it.Title, it.URL, string(e.Content))
		for _, x := range e.Highlights {
			h := Highlight{Quote: string(x.Quote), Note: string(x.Annotation), Color: string(x.Color),
				Start: -1, End: -1, Created: parseTime(string(x.CreatedAt))}
			anchor(it.Article, &h)
			if h.worth() {
				it.Highlights = append(it.Highlights, h)
			}
		}
		items = append(items, it)
	}
	return items, nil
}
