package epub

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"
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

// walker turns a content document's tokens into blocks. Text accumulates
// until an element that breaks the flow, then becomes one block of the
// kind of the innermost open block element.
type walker struct {
	blocks []model.Block
	buf    strings.Builder
	stack  []frame
	skip   atom.Atom // the skipped element we are inside, if any
	depth  int       // nesting of skip inside itself
	brs    int       // consecutive <br>s: two end a paragraph
}

// errTooManyBlocks and errTooManyTags stop a walk past the book's limits.
var (
	errTooManyBlocks = fmt.Errorf("more than %d blocks of text: %w", MaxBlocks, ErrTooLarge)
	errTooManyTags   = fmt.Errorf("more than %d tags and attributes: %w", MaxTags, ErrTooLarge)
)

// chapterBlocks maps one XHTML content document to blocks, at most
// maxBlocks of them, spending one of *tags per tag and per attribute. It
// reads tokens rather than building a tree: in XHTML, <title/> and
// <script/> are self-closing, and an HTML tree parser would take
// everything after them for their content. The tokenizer is linear in the
// input whatever its nesting.
func chapterBlocks(data []byte, maxBlocks int, tags *int) ([]model.Block, error) {
	z := html.NewTokenizer(bytes.NewReader(toUTF8(data)))
	w := &walker{}
	for {
		var a attrs
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			w.flush()
			if len(w.blocks) > maxBlocks {
				return nil, errTooManyBlocks
			}
			return w.blocks, nil
		case html.TextToken:
			if w.skip == 0 {
				w.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if hasAttr {
				a = readAttrs(z)
			}
			w.start(element(name), a, tt == html.SelfClosingTagToken)
			if tt == html.SelfClosingTagToken {
				// <script/> is whole in XHTML; the tokenizer would
				// otherwise read what follows as the script's text.
				z.NextIsNotRawText()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			w.end(element(name))
		default:
			continue // comments, doctypes: no tag spent
		}
		if *tags -= 1 + a.n; *tags < 0 {
			return nil, errTooManyTags
		}
		if len(w.blocks) > maxBlocks {
			return nil, errTooManyBlocks
		}
	}
}

func (w *walker) text(t []byte) {
	w.buf.Write(t)
	if len(bytes.TrimSpace(t)) > 0 {
		w.brs = 0
	}
}

func (w *walker) kind() model.Kind {
	if len(w.stack) == 0 {
		return model.Paragraph
	}
	return w.stack[len(w.stack)-1].kind
}

func (w *walker) flush() {
	if t := strings.TrimSpace(w.buf.String()); t != "" {
		w.blocks = append(w.blocks, model.Block{Kind: w.kind(), Text: t})
	}
	w.buf.Reset()
	w.brs = 0
}

func (w *walker) start(name atom.Atom, a attrs, selfClosing bool) {
	if w.skip != 0 {
		if name == w.skip && !selfClosing {
			w.depth++
		}
		return
	}
	if (skipped[name] || a.hidden || isPageBreak(a)) && !void[name] {
		if !selfClosing {
			w.skip, w.depth = name, 1
		}
		return
	}
	switch name {
	case atom.Br:
		w.buf.WriteByte('\n')
		if w.brs++; w.brs >= 2 {
			w.flush()
		}
		return
	case atom.Img:
		// Only the alt text is kept; the source is never loaded.
		if alt := strings.TrimSpace(a.alt); alt != "" && !a.hidden {
			w.flush()
			w.blocks = append(w.blocks, model.Block{Kind: model.Figure, Text: alt})
		}
		return
	case atom.Td, atom.Th:
		// Cells stay in their row's block, kept apart by a separator
		// that holds no word, so a row reads as one line.
		if strings.TrimSpace(w.buf.String()) != "" {
			w.buf.WriteString(" | ")
		}
		return
	}
	kind, isBlock := blockKind[name]
	if !isBlock && !breaking[name] {
		return // inline: a, em, span, ...
	}
	w.flush()
	if selfClosing || void[name] {
		return
	}
	if outer := w.kind(); !isBlock || nests(outer) {
		kind = outer
	}
	if len(w.stack) < maxDepth {
		w.stack = append(w.stack, frame{name, kind})
	}
}

func (w *walker) end(name atom.Atom) {
	if w.skip != 0 {
		if name == w.skip {
			if w.depth--; w.depth == 0 {
				w.skip = 0
			}
		}
		return
	}
	if _, isBlock := blockKind[name]; !isBlock && !breaking[name] {
		return
	}
	w.flush()
	// Close the innermost open element of that name and any left open
	// inside it, as HTML does for <li> and <p> without end tags.
	for i := len(w.stack) - 1; i >= 0; i-- {
		if w.stack[i].elem == name {
			w.stack = w.stack[:i]
			return
		}
	}
}
