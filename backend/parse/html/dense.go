package html

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textStat is how much text an element holds, and how much of it is the
// text of links.
type textStat struct {
	text, links int
	nested      bool // a prose element is inside
}

// prose are the elements that hold running text.
var prose = map[atom.Atom]bool{
	atom.P: true, atom.Pre: true, atom.Blockquote: true, atom.Li: true, atom.Dd: true,
	atom.Td: true, atom.H2: true, atom.H3: true, atom.H4: true,
}

// A prose element with no other inside counts when it holds at least
// minProse bytes of text that is not link text (about a sentence), and
// for at most maxProse, so that many paragraphs outweigh one long block.
const (
	minProse = 80
	maxProse = 500
)

// ancestors is how many levels up a prose element's text counts, the
// k-th ancestor getting 1/k of it: an article split into sections still
// adds up in the element that holds them all.
const ancestors = 4

// densest picks the body of a page too long for the extractors, in time
// linear in the page: the element whose prose descendants hold the most
// text that is not link text, leaving out the page's margins (footers and
// asides, where comments and teasers are). Siblings of that element that
// score at least a fifth as high are part of the body too, as articles
// split into several sections are. Inside the body, blocks made mostly of
// links (related stories, tag lists) are removed. It returns nil when the
// page has no prose.
func densest(root *html.Node) []*html.Node {
	d := densestFinder{score: map[*html.Node]int{}}
	d.visit(root, false)
	if d.best == nil {
		return nil
	}
	out := []*html.Node{d.best}
	if p := d.best.Parent; p != nil {
		out = out[:0]
		for c := p.FirstChild; c != nil; c = c.NextSibling {
			if c == d.best || (c.Type == html.ElementNode && d.score[c]*5 >= d.score[d.best]) {
				out = append(out, c)
			}
		}
	}
	for _, n := range out {
		dropLinkLists(n)
	}
	return out
}

type densestFinder struct {
	score map[*html.Node]int
	best  *html.Node
}

// visit measures n's text and credits its ancestors with its prose. The
// parser bounds a tree's depth, so recursion cannot run away.
func (d *densestFinder) visit(n *html.Node, margin bool) textStat {
	var s textStat
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			s.text += len(c.Data)
		case html.ElementNode:
			cs := d.visit(c, margin || c.DataAtom == atom.Footer || c.DataAtom == atom.Aside)
			s.text += cs.text
			s.links += cs.links
			s.nested = s.nested || cs.nested || prose[c.DataAtom]
		}
	}
	if n.DataAtom == atom.A {
		s.links = s.text
	}
	if !prose[n.DataAtom] || s.nested || margin || s.links*2 > s.text {
		return s
	}
	own := s.text - s.links
	if own < minProse {
		return s // a label, a menu item, a byline
	}
	own = min(own, maxProse)
	for i, p := 1, n.Parent; i <= ancestors && p != nil && p.Type == html.ElementNode; i, p = i+1, p.Parent {
		d.score[p] += own / i
		if d.best == nil || d.score[p] > d.score[d.best] {
			d.best = p
		}
	}
	return s
}

// dropLinkLists removes the containers under n whose text is mostly
// links, and returns n's text measure once they are gone.
func dropLinkLists(n *html.Node) textStat {
	var s textStat
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			s.text += len(c.Data)
		case html.ElementNode:
			cs := dropLinkLists(c)
			if !prose[c.DataAtom] && c.DataAtom != atom.A && cs.links*2 > cs.text {
				n.RemoveChild(c)
				break
			}
			s.text += cs.text
			s.links += cs.links
		}
		c = next
	}
	if n.DataAtom == atom.A {
		s.links = s.text
	}
	return s
}
