package markup

import (
	"strings"

	"golang.org/x/net/html/atom"

	"gloss/backend/model"
)

// maxDepth bounds the stack of open elements; deeper elements read as
// inline, so absurd nesting costs neither memory nor quadratic time.
const maxDepth = 256

// frame is an open block or container element and the kind of block its
// text makes.
type frame struct {
	elem atom.Atom
	kind model.Kind
}

// Builder turns element and text events into blocks. Text accumulates
// until an element that breaks the flow, then becomes one block of the
// kind of the innermost open block element (a paragraph outside any).
// The zero Builder is ready to use.
type Builder struct {
	blocks []model.Block
	buf    strings.Builder
	stack  []frame
	skip   atom.Atom // the skipped element we are inside, if any
	depth  int       // nesting of skip inside itself
	brs    int       // consecutive <br>s: two end a paragraph
}

// Start opens an element. A self-closing tag (XHTML's <p/>) opens and
// closes it at once.
func (b *Builder) Start(name atom.Atom, a Attrs, selfClosing bool) {
	if b.skip != 0 {
		if name == b.skip && !selfClosing {
			b.depth++
		}
		return
	}
	if (skipped[name] || a.Hidden || a.PageBreak) && !void[name] {
		if !selfClosing {
			b.skip, b.depth = name, 1
		}
		return
	}
	switch name {
	case atom.Br:
		b.buf.WriteByte('\n')
		if b.brs++; b.brs >= 2 {
			b.flush()
		}
		return
	case atom.Img:
		b.image(a)
		return
	case atom.Td, atom.Th:
		// Cells stay in their row's block, kept apart by a separator
		// that holds no word, so a row reads as one line.
		if strings.TrimSpace(b.buf.String()) != "" {
			b.buf.WriteString(" | ")
		}
		return
	}
	kind, isBlock := blockKind[name]
	if !isBlock && !breaking[name] {
		return // inline: a, em, span, ...
	}
	b.flush()
	if selfClosing || void[name] {
		return
	}
	if outer := b.kind(); !isBlock || nests(outer) {
		kind = outer
	}
	if len(b.stack) < maxDepth {
		b.stack = append(b.stack, frame{name, kind})
	}
}

// End closes the innermost open element of that name and any left open
// inside it, as HTML does for <li> and <p> without end tags.
func (b *Builder) End(name atom.Atom) {
	if b.skip != 0 {
		if name == b.skip {
			if b.depth--; b.depth == 0 {
				b.skip = 0
			}
		}
		return
	}
	if !Breaks(name) {
		return
	}
	b.flush()
	for i := len(b.stack) - 1; i >= 0; i-- {
		if b.stack[i].elem == name {
			b.stack = b.stack[:i]
			return
		}
	}
}

// Skipping reports whether the builder is inside a skipped element, whose
// content a tree walker need not visit (it must still call End).
func (b *Builder) Skipping() bool { return b.skip != 0 }

// Text adds text to the current block.
func (b *Builder) Text(t string) {
	if b.skip != 0 {
		return
	}
	b.buf.WriteString(t)
	if strings.TrimSpace(t) != "" {
		b.brs = 0
	}
}

// Len is the number of blocks made so far.
func (b *Builder) Len() int { return len(b.blocks) }

// Blocks ends the text in progress and returns the blocks made.
func (b *Builder) Blocks() []model.Block {
	b.flush()
	return b.blocks
}

func (b *Builder) kind() model.Kind {
	if len(b.stack) == 0 {
		return model.Paragraph
	}
	return b.stack[len(b.stack)-1].kind
}

func (b *Builder) flush() {
	if t := strings.TrimSpace(b.buf.String()); t != "" {
		b.blocks = append(b.blocks, model.Block{Kind: b.kind(), Text: t})
	}
	b.buf.Reset()
	b.brs = 0
}

// image records a picture as a figure: its alt text, and its address when
// that is local (see Local). A picture with neither says nothing.
func (b *Builder) image(a Attrs) {
	if a.Hidden {
		return
	}
	alt, src := strings.TrimSpace(a.Alt), strings.TrimSpace(a.Src)
	if !Local(src) {
		src = ""
	}
	if alt == "" && src == "" {
		return
	}
	b.flush()
	b.blocks = append(b.blocks, model.Block{Kind: model.Figure, Text: alt, Src: src})
}

// Local reports whether an image address points into the page's own
// folder rather than to a server: relative, with no scheme, host or
// leading slash. Only such pictures can come with a saved page; nothing
// is ever fetched.
func Local(src string) bool {
	if src == "" || strings.HasPrefix(src, "/") || strings.HasPrefix(src, `\`) {
		return false
	}
	// A scheme is letters, digits, "+", "-" or "." before the first ":";
	// a colon after a "/" or "?" belongs to a path or query instead.
	for _, r := range src {
		switch {
		case r == ':':
			return false
		case r == '/' || r == '?' || r == '#':
			return true
		}
	}
	return true
}
