package importer

import (
	"slices"

	"gloss/backend/exchange"
	"gloss/backend/model"
	"gloss/backend/notes"
	"gloss/backend/store"
)

// An export of another app (package exchange) is imported in four steps,
// each a few transactions however long the file: the articles it brings are
// added in batches; books known by their highlights that are already in
// the library grow by their new quotes; the highlights are placed in their
// articles' text in one transaction; the reader's state (tags, archived,
// favourite, notes on whole documents) is set in one more.
//
// Where the items go:
//   - an item with its text (wallabag, Omnivore) is an article like any
//     other: the same text twice is a duplicate, the same URL with other
//     text a new version;
//   - a book built from its quotes (Kindle, Readwise books without a URL)
//     is matched to a stored article by its title; without one it is added;
//   - annotations of web pages (Hypothesis, W3C, Readwise with a URL) go to
//     the stored article of their URL (gloss://article/ID included), else of
//     their title; without one, a document of their quotes is added, under
//     the page's URL so that importing the page later makes it the next
//     version and the highlights move into the whole text;
//   - a saved link without text (Pocket, Instapaper, bookmarks) marks the
//     stored article of its URL, or becomes an entry holding the link.

// importExchange imports one export of another app.
func (im Importer) importExchange(name string, data []byte) FileResult {
	res := FileResult{File: name, IDs: []uint64{}}
	format, items, err := exchange.Parse(name, data)
	res.Format = string(format)
	if err != nil {
		res.Error = Message(name, err)
		return res
	}
	r := &exchangeRun{im: im, res: &res, match: newMatcher(im.Library)}
	if err := r.run(items); err != nil {
		res.Error = Message(name, err)
	}
	return res
}

// exchangeRun is the import of one export file.
type exchangeRun struct {
	im    Importer
	res   *FileResult
	match *matcher

	docs    []store.Doc
	places  []place
	revises []revise
	notes   map[uint64][]string // notes on whole documents, by article
}

// place is where one item goes: a stored article (id) or one of the docs
// to add (doc >= 0).
type place struct {
	item *exchange.Item
	id   uint64
	doc  int
}

// revise is a book whose stored article grows by new quotes.
type revise struct {
	id  uint64
	doc store.Doc
}

func (r *exchangeRun) run(items []exchange.Item) error {
	for i := range items {
		if err := r.plan(&items[i]); err != nil {
			return err
		}
	}
	if err := r.addDocs(); err != nil {
		return err
	}
	if err := r.reviseBooks(); err != nil {
		return err
	}
	if err := r.placeHighlights(); err != nil {
		return err
	}
	slices.Sort(r.res.IDs)
	r.res.IDs = slices.Compact(r.res.IDs)
	return r.setState()
}

// plan decides where an item goes (see the comment at the top).
func (r *exchangeRun) plan(it *exchange.Item) error {
	target := r.match.byURL(it.URL)
	switch {
	case it.Article != nil && !fromQuotes(it):
		r.add(it, withItem(*it.Article, it))
		return nil
	case target == 0 && (it.Article != nil || len(it.Highlights) > 0):
		target = r.match.byTitle(it.Title)
	}
	if target != 0 {
		r.places = append(r.places, place{item: it, id: target, doc: -1})
		if it.Article != nil {
			return r.grow(target, it)
		}
		return nil
	}
	if pending, ok := r.match.pending(it.URL); ok {
		r.places = append(r.places, place{item: it, doc: pending})
		return nil
	}
	a := it.Article
	if a == nil {
		a = exchange.QuoteArticle(it)
	}
	if a == nil {
		a = linkArticle(it)
	}
	if a == nil {
		a = notesArticle(it)
	}
	if a != nil {
		r.match.expect(it.URL, len(r.docs))
		r.add(it, withItem(*a, it))
	}
	return nil
}

func (r *exchangeRun) add(it *exchange.Item, a model.Article) {
	r.places = append(r.places, place{item: it, doc: len(r.docs)})
	r.docs = append(r.docs, store.Doc{Source: r.res.File, Article: a})
}

// addDocs stores the new articles in batches and notes their IDs.
func (r *exchangeRun) addDocs() error {
	ids := make([]uint64, len(r.docs))
	for first := 0; first < len(r.docs); first += BatchSize {
		batch := r.docs[first:min(first+BatchSize, len(r.docs))]
		added, err := r.im.Library.Add(batch)
		if err != nil {
			return err
		}
		for i, a := range added {
			ids[first+i] = a.ID
			r.count(a)
		}
	}
	for i := range r.places {
		if p := &r.places[i]; p.doc >= 0 {
			p.id = ids[p.doc]
		}
	}
	return nil
}

// count records what Add or Revise did with one article.
func (r *exchangeRun) count(a store.Added) {
	switch {
	case a.Duplicate:
		r.res.Duplicates++
	case a.Version > 1:
		r.res.Updated++
		// Its highlights are placed in the new text, or kept for review.
		if _, err := (notes.Notes{Lib: r.im.Library}).Reanchor(a.ID); err != nil {
			r.res.Error = Message(r.res.File, err)
		}
	default:
		r.res.Imported++
	}
	r.res.IDs = append(r.res.IDs, a.ID)
}

// withItem completes an article with what the item knows of it.
func withItem(a model.Article, it *exchange.Item) model.Article {
	if a.Title == "" {
		a.Title = it.Title
	}
	if a.Byline == "" {
		a.Byline = it.Author
	}
	if a.URL == "" {
		a.URL = it.URL
	}
	if a.Site == "" {
		a.Site = it.Site
	}
	if a.Published == "" {
		a.Published = it.Published
	}
	a.Blocks = append([]model.Block(nil), a.Blocks...)
	a.Normalize()
	return a
}

// linkArticle is the entry of a saved link whose export has no text: its
// one paragraph is the address, so the link can be opened and the page
// imported later becomes its next version. Nil without an address.
func linkArticle(it *exchange.Item) *model.Article {
	if it.URL == "" {
		return nil
	}
	a := model.New(it.Title, []model.Block{{Kind: model.Paragraph, Text: it.URL}})
	return &a
}

// notesArticle is the document of notes that have no quote and no page
// (Kindle notes on a book with no highlight): its paragraphs are the
// notes, so that none is lost. Nil without notes.
func notesArticle(it *exchange.Item) *model.Article {
	var blocks []model.Block
	for _, h := range it.Highlights {
		if h.Quote == "" && h.Note != "" {
			blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: h.Note})
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	a := model.New(it.Title, blocks)
	return &a
}

// fromQuotes reports whether an item's article was built from its quotes
// (a book known by its highlights) rather than carried by the export.
func fromQuotes(it *exchange.Item) bool {
	if it.Article == nil || len(it.Article.Blocks) == 0 {
		return false
	}
	quotes := map[string]bool{}
	for _, h := range it.Highlights {
		quotes[h.Quote] = true
	}
	for _, b := range it.Article.Blocks {
		if !quotes[b.Text] {
			return false
		}
	}
	return true
}
