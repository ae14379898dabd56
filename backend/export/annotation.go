package export

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
)

// The JSON-LD context and the collection's identifiers. Gloss has no web
// address, so identifiers are gloss:// IRIs, which the app opens.
const (
	annoContext  = "http://www.w3.org/ns/anno.jsonld"
	collectionID = "gloss://export"
)

// annotation is a W3C Web Annotation (https://www.w3.org/TR/annotation-model/).
type annotation struct {
	Context    string        `json:"@context,omitempty"`
	ID         string        `json:"id"`
	Type       string        `json:"type"`
	Motivation string        `json:"motivation"`
	Created    string        `json:"created,omitempty"`
	Modified   string        `json:"modified,omitempty"`
	Body       []textualBody `json:"body,omitempty"`
	Target     target        `json:"target"`
}

type textualBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Format  string `json:"format,omitempty"`
	Purpose string `json:"purpose"`
}

type target struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

type quoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

type positionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type collection struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Total   int    `json:"total"`
	First   page   `json:"first"`
}

type page struct {
	ID         string       `json:"id"`
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []annotation `json:"items"`
}

// renderAnnotations writes the highlights as one AnnotationCollection with
// all annotations embedded in its first page (as in the model's example
// 40). The note is a commenting body, the colour's meaning a classifying
// body and each tag a tagging body. Selectors are alternatives: the quote
// with its context, and the code-point position (left out for orphans,
// whose position no longer holds). The target is the article's URL, or
// its gloss:// link when it has none.
func renderAnnotations(arts []Article) ([]byte, error) {
	items := make([]annotation, 0, count(arts))
	for i := range arts {
		a := &arts[i]
		source := a.URL
		if source == "" {
			source = a.Link()
		}
		for _, h := range a.Highlights {
			an := annotation{
				ID: h.Link(a), Type: "Annotation", Motivation: "highlighting",
				Created: stamp(h.Created), Modified: stamp(h.Updated),
				Target: target{Source: source, Selector: []any{quoteSelector{
					Type: "TextQuoteSelector", Exact: h.Exact, Prefix: h.Prefix, Suffix: h.Suffix,
				}}},
			}
			if !h.Orphan {
				an.Target.Selector = append(an.Target.Selector, positionSelector{Type: "TextPositionSelector", Start: h.Start, End: h.End})
			}
			if note := strings.TrimSpace(h.Note); note != "" {
				an.Motivation = "commenting"
				an.Body = append(an.Body, textualBody{Type: "TextualBody", Value: note, Format: "text/plain", Purpose: "commenting"})
			}
			if h.ColorName != "" {
				an.Body = append(an.Body, textualBody{Type: "TextualBody", Value: h.ColorName, Purpose: "classifying"})
			}
			for _, t := range h.Tags {
				an.Body = append(an.Body, textualBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
			}
			items = append(items, an)
		}
	}
	c := collection{
		Context: annoContext, ID: collectionID, Type: "AnnotationCollection",
		Label: "Gloss highlights", Total: len(items),
		First: page{ID: collectionID + "?page=0", Type: "AnnotationPage", Items: items},
	}
	return marshal(c)
}

// marshal encodes v as indented JSON without HTML escaping, which JSON
// files read outside a browser do not need.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	return buf.Bytes(), err
}

// stamp formats t as an xsd:dateTime in UTC, or "" for the zero time.
func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}
