package html

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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

// maxTrafilaturaText is the most text (in bytes) given
// to Trafilatura (scripts and styles not counted), whose text assembly grows quadratically: a book-length
// page takes seconds there, and Readability alone reads it in tens of
// milliseconds.
const maxTrafilaturaText = 256 << 10

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
	doc, err := html.Parse(bytes.NewReader(page))
	var elems, textLen int
	if err == nil {
		elems, textLen = measure(doc)
	}
	if err != nil || elems > maxTreeElements {
		// Only nesting past the parser's limit makes it fail; read the
		// text without a tree, as for pages too big for any extractor.
		title, blocks := flatBlocks(page)
		a = model.Article{Title: title, Blocks: blocks}
	} else {
		ex := extract(doc, pageURL(doc), elems <= maxElements && textLen <= maxTrafilaturaText)
		fillMeta(&a, doc, ex)
		if ex.body != nil {
			a.Blocks = withFigures(toBlocks(ex.body), ex.read.Node)
		}
	}
	a.Blocks = dropTitle(a.Blocks, a.Title)
	a.Normalize()
	if len(strings.Fields(a.Text)) < minWords {
		return nil, fmt.Errorf("html: %s: %w", name, ErrNoContent)
	}
	if a.Title == "" {
		a.Title = name
	}
	return []model.Article{a}, nil
}

// pageURL is the page's canonical address, which the extractors use to
// tell the site's own links from others.
func pageURL(doc *html.Node) *url.URL {
	u, err := url.Parse(canonical(doc))
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

// measure counts the elements of doc, stopping past maxTreeElements, and the
// bytes of text it holds.
func measure(doc *html.Node) (elems, text int) {
	stack := []*html.Node{doc}
	for len(stack) > 0 && elems <= maxTreeElements {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch n.Type {
		case html.ElementNode:
			elems++
		case html.TextNode:
			if p := n.Parent; p == nil || (p.DataAtom != atom.Script && p.DataAtom != atom.Style) {
				text += len(n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
	return elems, text
}
