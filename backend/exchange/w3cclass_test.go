package exchange

import "testing"

// Ensure that a classifying body names the highlight's kind, as Gloss's
// own export writes the meaning of a colour, and stays out of the note.
func TestParse_W3CClassifying(t *testing.T) {
	doc := `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
	 "body": [{"type": "TextualBody", "value": "Check it.", "purpose": "commenting"},
	          {"type": "TextualBody", "value": "green", "purpose": "classifying"},
	          {"type": "TextualBody", "value": "vote", "purpose": "tagging"}],
	 "target": {"source": "https://example.org/a", "selector": {"type": "TextQuoteSelector", "exact": "a quote"}}}`
	_, items, err := Parse("a.jsonld", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	h := items[0].Highlights[0]
	if h.Note != "Check it." || h.Color != "green" || len(h.Tags) != 1 || h.Tags[0] != "vote" {
		t.Errorf("highlight = %+v; want the note, colour green and tag vote apart", h)
	}
}
