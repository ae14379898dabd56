package exchange

import "fmt"

// parsePocketCSV reads Pocket's CSV export: title, url, time_added (Unix
// seconds), tags (separated by "|") and status ("unread" or "archive").
func parsePocketCSV(name string, data []byte) ([]Item, error) {
	t, err := readCSV(name, data)
	if err != nil {
		return nil, err
	}
	if _, ok := t.cols["url"]; !ok {
		return nil, fmt.Errorf("exchange: %s: no url column: %w", name, ErrMalformed)
	}
	var items []Item
	for _, row := range t.rows {
		u := t.get(row, "url")
		if u == "" {
			continue
		}
		items = append(items, Item{Title: t.get(row, "title"), URL: u,
			Added:    parseTime(t.get(row, "time_added")),
			Tags:     splitTags(t.get(row, "tags"), "|,"),
			Archived: t.get(row, "status") == "archive",
			Starred:  t.get(row, "favorite", "starred") == "1"})
	}
	return items, nil
}
