package exchange

import (
	"fmt"
	"math"
	"strings"

	"golang.org/x/net/html"
)

// This file holds what Hypothesis and W3C annotations share: selectors,
// and the grouping of annotations into one item per annotated document.

// byURL gathers annotations into one item per document, in the order the
// documents first appear.
type byURL struct {
	items []Item
	index map[string]int
}

// item returns the item of the document at url, creating it.
func (g *byURL) item(url, title string) *Item {
	if g.index == nil {
		g.index = map[string]int{}
	}
	i, ok := g.index[url]
	if !ok {
		i = len(g.items)
		g.index[url] = i
		g.items = append(g.items, Item{URL: url})
	}
	if g.items[i].Title == "" {
		g.items[i].Title = title
	}
	return &g.items[i]
}

// worth reports whether h says anything: a quote, a place, a note or tags.
// An annotation without any (a bare bookmark) only adds its document.
func (h Highlight) worth() bool {
	return h.Quote != "" || h.Start >= 0 || h.Note != "" || len(h.Tags) > 0 || h.Location != ""
}

// readSelectors fills h from W3C selectors: one, an array, or a chain of
// refinedBy. TextQuoteSelector gives the quote and its context,
// TextPositionSelector the offsets, PageSelector the location. Other
// selectors (CSS, XPath, ranges, SVG) name places Gloss cannot use.
func readSelectors(v any, h *Highlight) {
	switch v := v.(type) {
	case []any:
		for _, s := range v {
			readSelectors(s, h)
		}
	case map[string]any:
		switch str(v["type"]) {
		case "TextQuoteSelector":
			h.Quote, h.Prefix, h.Suffix = str(v["exact"]), str(v["prefix"]), str(v["suffix"])
		case "TextPositionSelector":
			start, okS := offset(v["start"])
			end, okE := offset(v["end"])
			if okS && okE && start <= end {
				h.Start, h.End = start, end
			}
		case "PageSelector":
			if l := firstOf(str(v["label"]), str(v["index"])); l != "" {
				h.Location = "page " + l
			}
		}
		if r, ok := v["refinedBy"]; ok {
			readSelectors(r, h)
		}
	}
}

// str returns v when it is a string or a number, else "".
func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return fmt.Sprint(v)
	}
	return ""
}

// offset reads a non-negative whole number of code points.
func offset(v any) (int, bool) {
	f, ok := v.(float64)
	if !ok || f < 0 || f > math.MaxInt32 || f != math.Trunc(f) {
		return 0, false
	}
	return int(f), true
}

// plainText returns the text of an HTML fragment (a note written in
// HTML), tags dropped and paragraphs kept apart by blank lines.
func plainText(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var sb strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return strings.TrimSpace(sb.String())
		case html.TextToken:
			sb.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			if name, _ := z.TagName(); string(name) == "p" || string(name) == "br" || string(name) == "div" {
				sb.WriteString("\n\n")
			}
		}
	}
}
