package html

import (
	"golang.org/x/net/html"

	"gloss/backend/model"
)

// withFigures adds to body the figures and captions found in other, the
// Readability tree of the same article, which keeps <figure> elements that
// Trafilatura drops. Each goes after the body block that precedes it in
// other; text the body already has is not added twice.
func withFigures(body []model.Block, other *html.Node) []model.Block {
	if other == nil {
		return body
	}
	at := map[string]int{}
	for i, b := range body {
		if _, dup := at[b.Text]; !dup {
			at[b.Text] = i
		}
	}
	extra := map[int][]model.Block{} // by the index they follow; -1 is the top
	anchor := -1
	for _, b := range toBlocks(other) {
		i, known := at[b.Text]
		switch {
		case known:
			anchor = i
		case b.Kind == model.Figure || b.Kind == model.Caption:
			extra[anchor] = append(extra[anchor], b)
		}
	}
	if len(extra) == 0 {
		return body
	}
	out := make([]model.Block, 0, len(body)+len(extra))
	out = append(out, extra[-1]...)
	for i, b := range body {
		out = append(out, b)
		out = append(out, extra[i]...)
	}
	return out
}
