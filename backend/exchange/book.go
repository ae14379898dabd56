package exchange

import (
	"slices"
	"strconv"
	"strings"

	"gloss/backend/model"
)

// bookArticle builds the text of a book known only by its highlights:
// each quote, folded as the model folds text, becomes a paragraph in the
// order given, and each highlight's Quote, Start and End are set to its
// paragraph, so the highlights anchor exactly. Highlights without a quote
// (notes on the whole book) keep Start = End = -1. It returns nil when
// no highlight has a quote.
func bookArticle(title, author string, hs []Highlight) *model.Article {
	var blocks []model.Block
	for i := range hs {
		h := &hs[i]
		h.Quote = model.Fold(h.Quote)
		h.Start, h.End = -1, -1
		if h.Quote != "" {
			blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: h.Quote})
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	a := model.Article{Title: title, Byline: author, Blocks: blocks}
	a.Normalize()
	j := 0
	for i := range hs {
		if hs[i].Quote != "" {
			hs[i].Start, hs[i].End = a.Blocks[j].Start, a.Blocks[j].End
			j++
		}
	}
	return &a
}

// sortByLocation puts highlights in reading order when every Location
// ends in a number ("location 1234", "page 12", "1234"); otherwise the
// export's order stands.
func sortByLocation(hs []Highlight) {
	keys := make(map[string]int, len(hs))
	for _, h := range hs {
		f := strings.Fields(h.Location)
		if len(f) == 0 {
			return
		}
		n, err := strconv.Atoi(f[len(f)-1])
		if err != nil {
			return
		}
		keys[h.Location] = n
	}
	slices.SortStableFunc(hs, func(a, b Highlight) int { return keys[a.Location] - keys[b.Location] })
}

// QuoteArticle builds the text of an item known only by its highlights,
// as Parse does for books (see bookArticle): each quote a paragraph, and
// the highlights' offsets set in it. Importers use it for annotations of
// pages whose text is not in the library. Nil when no highlight has a
// quote.
func QuoteArticle(it *Item) *model.Article {
	a := bookArticle(it.Title, it.Author, it.Highlights)
	if a != nil {
		a.URL, a.Site, a.Published = it.URL, it.Site, it.Published
	}
	return a
}
