package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
)

// skipped are elements whose content is never article text: code, embedded
// documents, form controls and page furniture. <noscript> is here because
// the parser keeps its content as raw markup.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true,
	atom.Embed: true, atom.Applet: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Form: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Nav: true, atom.Head: true, atom.Title: true, atom.Link: true, atom.Meta: true,
}

// blockKind maps the elements that make a block of their own to its kind.
// Containers that are not listed (div, section, article, ...) only break
// the text flowing around them.
var blockKind = map[atom.Atom]model.Kind{
	atom.P: model.Paragraph, atom.Pre: model.Paragraph, atom.Address: model.Paragraph,
	atom.Dd: model.Paragraph, atom.Dt: model.Paragraph, atom.Tr: model.Paragraph,
	atom.H1: model.Heading, atom.H2: model.Heading, atom.H3: model.Heading,
	atom.H4: model.Heading, atom.H5: model.Heading, atom.H6: model.Heading,
	atom.Blockquote: model.Quote, atom.Li: model.ListItem,
	atom.Figcaption: model.Caption, atom.Caption: model.Caption,
}

// breaking are containers whose edges end the current block of text.
var breaking = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Body: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Figure: true,
	atom.Hr: true, atom.Details: true, atom.Summary: true, atom.Center: true,
}

// collector turns a DOM subtree into blocks. Text accumulates until an
// element that breaks the flow, then becomes one block of the kind of the
// nearest enclosing block element.
type collector struct {
	blocks []model.Block
	buf    strings.Builder
	kind   model.Kind
	brs    int // consecutive <br>s: two of them end a paragraph
}

func (c *collector) flush() {
	if t := strings.TrimSpace(c.buf.String()); t != "" {
		c.blocks = append(c.blocks, model.Block{Kind: c.kind, Text: t})
	}
	c.buf.Reset()
	c.brs = 0
}

func (c *collector) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.buf.WriteString(n.Data)
		if strings.TrimSpace(n.Data) != "" {
			c.brs = 0
		}
		return
	case html.ElementNode:
	case html.DocumentNode:
		c.children(n)
		return
	default:
		return
	}
	a := tag(n)
	switch {
	case skipped[a] || hidden(n):
		return
	case a == atom.Br:
		c.buf.WriteByte('\n')
		if c.brs++; c.brs >= 2 {
			c.flush()
		}
		return
	case a == atom.Img:
		c.figure(n)
		return
	case a == atom.Td || a == atom.Th:
		// Cells stay in their row's block, kept apart by a separator
		// that holds no word, so a row reads as one line.
		c.buf.WriteString(" | ")
		c.children(n)
		return
	}
	kind, isBlock := blockKind[a]
	if !isBlock && !breaking[a] {
		c.children(n) // inline: a, em, span, ...
		return
	}
	c.flush()
	outer := c.kind
	if isBlock && !(outer == model.Quote || outer == model.ListItem || outer == model.Caption) {
		// A paragraph inside a quote or list item stays part of it.
		c.kind = kind
	}
	c.children(n)
	c.flush()
	c.kind = outer
}

func (c *collector) children(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.walk(ch)
	}
}

// tag is the element's atom. Extractors build nodes with only their tag
// name set, so the atom is looked up from the name when it is missing.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// figure records an image as a Figure block carrying its alt text; the
// source URL is not kept, so nothing is ever fetched from it.
func (c *collector) figure(n *html.Node) {
	alt := strings.TrimSpace(attr(n, "alt"))
	if alt == "" {
		return
	}
	c.flush()
	c.blocks = append(c.blocks, model.Block{Kind: model.Figure, Text: alt})
}

// hidden reports elements the page does not show: their text is no more
// the article than a comment is.
func hidden(n *html.Node) bool {
	if _, ok := attrOK(n, "hidden"); ok {
		return true
	}
	if attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// toBlocks converts the subtree at root into blocks; text outside any block
// element becomes paragraphs.
func toBlocks(root *html.Node) []model.Block {
	c := &collector{kind: model.Paragraph}
	c.walk(root)
	c.flush()
	return c.blocks
}
