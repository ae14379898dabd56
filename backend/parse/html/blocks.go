package html

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
	"gloss/backend/parse/markup"
)

// toBlocks converts the subtree at root into blocks with the element
// mapping all of Gloss's markup readers share; text outside any block
// element becomes paragraphs. Figures keep their picture's address when it
// is local to the page (see markup.Local); nothing is ever fetched.
func toBlocks(root *html.Node) []model.Block {
	var b markup.Builder
	walk(&b, root)
	return b.Blocks()
}

// walk feeds the builder the events of a tree. The parser bounds a tree's
// depth, so recursion cannot run away.
func walk(b *markup.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.Text(n.Data)
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(b, c)
		}
	case html.ElementNode:
		a := tag(n)
		b.Start(a, readAttrs(n), false)
		if !b.Skipping() {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(b, c)
			}
		}
		b.End(a)
	}
}

// readAttrs gives the builder the attributes it reads.
func readAttrs(n *html.Node) markup.Attrs {
	var a markup.Attrs
	for _, at := range n.Attr {
		if at.Namespace == "" {
			a.Set(at.Key, at.Val)
		}
	}
	return a
}

// tag is the element's atom. Extractors build nodes with only their tag
// name set, so the atom is looked up from the name when it is missing.
func tag(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return markup.Element([]byte(strings.ToLower(n.Data)))
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
