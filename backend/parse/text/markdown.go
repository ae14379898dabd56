package text

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	gtext "github.com/yuin/goldmark/text"

	"gloss/backend/model"
)

// parseMarkdown maps goldmark's syntax tree to blocks. Raw HTML in the
// source is dropped, never kept as text; code blocks become paragraphs.
func parseMarkdown(src []byte) model.Article {
	meta, body := frontMatter(src)
	a := model.Article{
		Title: meta["title"], Byline: meta["author"],
		Published: meta["date"], URL: webURL(meta["url"]),
	}
	doc := goldmark.New().Parser().Parse(gtext.NewReader(body))
	w := &mdWalker{src: body, art: &a}
	w.blocks(doc, model.Paragraph)
	if a.Title == "" {
		// No level-1 heading: the first heading of any level names it.
		for i, b := range a.Blocks {
			if b.Kind == model.Heading {
				a.Title = b.Text
				a.Blocks = append(a.Blocks[:i:i], a.Blocks[i+1:]...)
				break
			}
		}
	}
	return a
}

type mdWalker struct {
	src []byte
	art *model.Article
}

func (w *mdWalker) add(kind model.Kind, text string) {
	w.art.Blocks = append(w.art.Blocks, model.Block{Kind: kind, Text: text})
}

// blocks walks block-level nodes; kind is what a paragraph becomes in the
// current context (a quote or a list item).
func (w *mdWalker) blocks(n ast.Node, kind model.Kind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			t := w.inline(c)
			if c.Level == 1 && w.art.Title == "" {
				w.art.Title = t
				continue
			}
			w.add(model.Heading, t)
		case *ast.Paragraph, *ast.TextBlock:
			w.add(kind, w.inline(c))
		case *ast.Blockquote:
			w.blocks(c, model.Quote)
		case *ast.ListItem:
			w.blocks(c, model.ListItem)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			w.add(kind, w.lines(c))
		case *ast.HTMLBlock, *ast.ThematicBreak:
			// Markup is not text, and a rule is only a break.
		default:
			w.blocks(c, kind)
		}
	}
}

// inline returns the text of n's inline children and records images as
// Figure blocks with their alt text.
func (w *mdWalker) inline(n ast.Node) string {
	var sb strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				sb.Write(c.Segment.Value(w.src))
				if c.SoftLineBreak() || c.HardLineBreak() {
					sb.WriteByte(' ')
				}
			case *ast.String:
				sb.Write(c.Value)
			case *ast.AutoLink:
				sb.Write(c.Label(w.src))
			case *ast.RawHTML:
				// dropped: inline markup is not text
			case *ast.Image:
				var alt strings.Builder
				for ch := c.FirstChild(); ch != nil; ch = ch.NextSibling() {
					if t, ok := ch.(*ast.Text); ok {
						alt.Write(t.Segment.Value(w.src))
					}
				}
				w.add(model.Figure, alt.String())
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return sb.String()
}

// lines returns the raw lines of a code block.
func (w *mdWalker) lines(n ast.Node) string {
	var sb strings.Builder
	l := n.Lines()
	for i := 0; i < l.Len(); i++ {
		seg := l.At(i)
		sb.Write(seg.Value(w.src))
	}
	return sb.String()
}
