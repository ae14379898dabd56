package html

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"gloss/backend/model"
)

// MaxSize is the largest page Parse reads. Saved articles weigh a few MB at
// most, even with inlined images; past this a file is something else.
const MaxSize = 50 << 20

// maxElements is the most elements given to Trafilatura. Real articles
// have a few thousand; past this its cost grows faster than linearly
// (100,000 sibling tables take seconds), so Readability reads such pages
// alone.
const maxElements = 30000

// maxTreeElements is the most elements given to Readability; no article
// page comes near it, and past it (100,000 sibling tables) even Readability
// takes seconds, so the page is read flat.
const maxTreeElements = 60000

// maxTrafilaturaText is the most text (in bytes, scripts and styles not
// counted) given to Trafilatura, whose text assembly grows quadratically:
// a book-length page takes seconds there.
const maxTrafilaturaText = 256 << 10

// maxReadabilityText is the most text given to Readability, which walks
// the text again for every candidate it weighs: past this (a book, a
// long report) the page's densest block of prose is its body, found in
// one pass (see densest).
const maxReadabilityText = 512 << 10

// minWords is the least text that makes an article; a lone "Home" link
// left over from a navigation-only page does not.
const minWords = 5

// Parse reads the article of the saved web page called name. It returns
// one article, or an error wrapping ErrTooLarge, ErrNotHTML or ErrNoContent.
func Parse(name string, data []byte) ([]model.Article, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("html: %s: %w", name, ErrTooLarge)
	}
	if bytes.IndexByte(data[:min(len(data), 1024)], 0) >= 0 && !Looks(data) {
		return nil, fmt.Errorf("html: %s: %w", name, ErrNotHTML)
	}
	page := decode(data)
	var a model.Article
	tree := page
	if worthStripping(page) {
		tree = strip(page)
	}
	doc, err := html.Parse(bytes.NewReader(tree))
	var elems, textLen int
	if err == nil {
		elems, textLen = prune(doc)
	}
	if err != nil || elems > maxTreeElements {
		// Only nesting past the parser's limit makes it fail; read the
		// text without a tree, as for pages too big for any extractor.
		title, blocks := flatBlocks(page)
		a = model.Article{Title: title, Blocks: blocks}
	} else {
		meta := readMarkupMeta(doc)
		ex := extract(doc, pageURL(meta.url), modeFor(elems, textLen))
		fillMeta(&a, meta, ex)
		switch {
		case ex.body == nil:
		case ex.body == ex.read.Node:
			a.Blocks = toBlocks(ex.body)
		default:
			a.Blocks = withFigures(toBlocks(ex.body), ex.read.Node)
		}
	}
	a.Blocks = dropTitle(a.Blocks, a.Title)
	a.Normalize()
	if !hasWords(a.Text, minWords) {
		return nil, fmt.Errorf("html: %s: %w", name, ErrNoContent)
	}
	if a.Title == "" {
		a.Title = name
	}
	return []model.Article{a}, nil
}

// pageURL parses the page's canonical address, which Trafilatura uses to
// tell the site's own links from others.
func pageURL(canonical string) *url.URL {
	u, err := url.Parse(canonical)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

// dropTitle removes headings that repeat the title before the first
// paragraph: the title is the article's own field, not body text.
func dropTitle(blocks []model.Block, title string) []model.Block {
	t := strings.ToLower(model.Fold(title))
	if t == "" {
		return blocks
	}
	out := blocks[:0]
	body := false
	for _, b := range blocks {
		if !body && b.Kind == model.Heading && strings.ToLower(model.Fold(b.Text)) == t {
			continue
		}
		body = body || b.Kind == model.Paragraph
		out = append(out, b)
	}
	return out
}

// hasWords reports whether s has at least n words, reading no further
// than the n-th.
func hasWords(s string, n int) bool {
	in := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			if in, n = true, n-1; n == 0 {
				return true
			}
		}
	}
	return n <= 0
}
