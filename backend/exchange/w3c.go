package exchange

import (
	"fmt"
	"slices"
	"strings"
)

// parseW3C reads W3C Web Annotation JSON-LD: one Annotation, an array of
// them, an AnnotationPage (items) or an AnnotationCollection with its
// first page embedded. Each target document becomes an item without
// text; each annotation a highlight per target, with the quote and
// context of a TextQuoteSelector, the offsets of a TextPositionSelector
// (also inside refinedBy), the text of its bodies (TextualBody, bodyValue)
// as the note, bodies with the purpose "tagging" as tags, and created.
// Bodies that are links (IRIs) are not fetched.
func parseW3C(name string, data []byte) ([]Item, error) {
	var doc any
	if err := decodeJSON(name, data, &doc); err != nil {
		return nil, err
	}
	var g byURL
	annos, err := w3cAnnotations(doc)
	if err != nil {
		return nil, fmt.Errorf("exchange: %s: %w", name, err)
	}
	for _, a := range annos {
		addW3C(&g, a)
	}
	return g.items, nil
}

// w3cAnnotations lists the annotations a JSON-LD document holds.
func w3cAnnotations(doc any) ([]map[string]any, error) {
	var out []map[string]any
	switch v := doc.(type) {
	case []any:
		for _, e := range v {
			if m, ok := e.(map[string]any); ok && hasType(m, "Annotation") {
				out = append(out, m)
			}
		}
	case map[string]any:
		switch {
		case hasType(v, "Annotation"):
			out = append(out, v)
		case hasType(v, "AnnotationPage"):
			return w3cAnnotations(v["items"])
		case hasType(v, "AnnotationCollection"):
			first, ok := v["first"].(map[string]any)
			if !ok {
				return nil, fmt.Errorf("the collection links to its pages (%s) instead of holding them: %w", str(v["first"]), ErrEmpty)
			}
			return w3cAnnotations(first["items"])
		}
	}
	return out, nil
}

// hasType reports whether a JSON-LD node has type t ("type" is a string
// or an array of them).
func hasType(m map[string]any, t string) bool {
	switch v := m["type"].(type) {
	case string:
		return v == t
	case []any:
		return slices.Contains(v, any(t))
	}
	return false
}

// addW3C adds one annotation to the items of its targets.
func addW3C(g *byURL, a map[string]any) {
	var notes, tags, classes []string
	tagging := a["motivation"] == "tagging"
	if s := str(a["bodyValue"]); s != "" {
		notes = append(notes, s)
	}
	w3cBodies(a["body"], tagging, &notes, &tags, &classes)
	for _, t := range w3cTargets(a["target"]) {
		h := t.h
		h.Note, h.Tags, h.Created = strings.Join(notes, "\n\n"), tags, parseTime(str(a["created"]))
		if len(classes) > 0 {
			h.Color = classes[0]
		}
		it := g.item(t.source, "")
		if h.worth() {
			it.Highlights = append(it.Highlights, h)
		}
	}
}

// w3cBodies collects the text of textual bodies as notes, as tags when
// their purpose (or the annotation's motivation) is tagging, and as
// classes when it is classifying: a class names what kind of highlight it
// is, as the meaning of a colour does (Gloss's own export writes it so).
func w3cBodies(v any, tagging bool, notes, tags, classes *[]string) {
	switch v := v.(type) {
	case []any:
		for _, b := range v {
			w3cBodies(b, tagging, notes, tags, classes)
		}
	case map[string]any:
		if hasType(v, "Choice") {
			if items, ok := v["items"].([]any); ok && len(items) > 0 {
				w3cBodies(items[0], tagging, notes, tags, classes)
			}
			return
		}
		text := str(v["value"])
		if text == "" {
			return
		}
		if str(v["format"]) == "text/html" {
			text = plainText(text)
		}
		switch {
		case tagging || v["purpose"] == "tagging":
			*tags = append(*tags, text)
		case v["purpose"] == "classifying":
			*classes = append(*classes, text)
		default:
			*notes = append(*notes, text)
		}
	}
}

// w3cTarget is one annotated document and where in it.
type w3cTarget struct {
	source string
	h      Highlight
}

// w3cTargets reads an annotation's targets: IRIs, SpecificResources
// with a source and selectors, or sets of them (Composite, List,
// Independents).
func w3cTargets(v any) []w3cTarget {
	switch v := v.(type) {
	case string:
		return []w3cTarget{{source: v, h: Highlight{Start: -1, End: -1}}}
	case []any:
		var out []w3cTarget
		for _, t := range v {
			out = append(out, w3cTargets(t)...)
		}
		return out
	case map[string]any:
		if items, ok := v["items"].([]any); ok {
			return w3cTargets(items)
		}
		t := w3cTarget{source: str(v["source"]), h: Highlight{Start: -1, End: -1}}
		if src, ok := v["source"].(map[string]any); ok {
			t.source = str(src["id"])
		}
		if t.source == "" {
			t.source = str(v["id"])
		}
		if t.source == "" {
			return nil
		}
		readSelectors(v["selector"], &t.h)
		return []w3cTarget{t}
	}
	return nil
}
