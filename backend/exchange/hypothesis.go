package exchange

import "bytes"

// hAnnotation is one annotation of the Hypothesis API.
type hAnnotation struct {
	Created    string   `json:"created"`
	URI        string   `json:"uri"`
	Text       string   `json:"text"`
	Tags       flexTags `json:"tags"`
	References []string `json:"references"`
	Target     []struct {
		Source   string `json:"source"`
		Selector any    `json:"selector"`
	} `json:"target"`
	Document struct {
		Title flexTags `json:"title"`
	} `json:"document"`
}

// parseHypothesis reads Hypothesis annotations: a JSON array of them, or
// the search API's {"rows": [...]}. Each annotated page becomes an item
// without text; each annotation a highlight with its quote, context,
// offsets (in the page's text), note (its text), tags and creation time.
// A page note (no selector) has no quote. Replies are left out: they are
// conversation, not the user's reading.
func parseHypothesis(name string, data []byte) ([]Item, error) {
	var rows []hAnnotation
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("[")) {
		if err := decodeJSON(name, data, &rows); err != nil {
			return nil, err
		}
	} else {
		var page struct{ Rows []hAnnotation }
		if err := decodeJSON(name, data, &page); err != nil {
			return nil, err
		}
		rows = page.Rows
	}
	var g byURL
	for _, a := range rows {
		if len(a.References) > 0 {
			continue
		}
		url := a.URI
		h := Highlight{Note: a.Text, Tags: a.Tags, Start: -1, End: -1}
		h.Created = parseTime(a.Created)
		if len(a.Target) > 0 {
			url = firstOf(a.Target[0].Source, url)
			readSelectors(a.Target[0].Selector, &h)
		}
		if url == "" {
			continue
		}
		title := ""
		if len(a.Document.Title) > 0 {
			title = a.Document.Title[0]
		}
		it := g.item(url, title)
		if h.worth() {
			it.Highlights = append(it.Highlights, h)
		}
	}
	return g.items, nil
}
