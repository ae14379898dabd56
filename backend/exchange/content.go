package exchange

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
)

// placeholders are the texts wallabag stores when it could not fetch an
// article; such an entry has no text.
var placeholders = []string{"oh, what a shame, no content", "wallabag can't retrieve contents for this article"}

// articleFromHTML reads the article HTML an export carries (wallabag,
// Omnivore); nil when it holds no text. That HTML is already the
// extracted article, so it is mapped to blocks as it stands rather than
// extracted again (the page extractor would drop what the user saved).
func articleFromHTML(title, url, content string) *model.Article {
	a := model.Article{Title: title, URL: url, Blocks: htmlBlocks(content)}
	a.Normalize()
	low := strings.ToLower(a.Text)
	for _, p := range placeholders {
		if strings.HasPrefix(low, p) {
			return nil
		}
	}
	if a.Text == "" {
		return nil
	}
	return &a
}

// blockKinds maps the block elements of article HTML to block kinds.
var blockKinds = map[atom.Atom]model.Kind{
	atom.P: model.Paragraph, atom.Div: model.Paragraph, atom.Section: model.Paragraph,
	atom.Article: model.Paragraph, atom.Pre: model.Paragraph, atom.Td: model.Paragraph,
	atom.Dd: model.Paragraph, atom.Dt: model.Paragraph, atom.Table: model.Paragraph, atom.Tr: model.Paragraph,
	atom.H1: model.Heading, atom.H2: model.Heading, atom.H3: model.Heading,
	atom.H4: model.Heading, atom.H5: model.Heading, atom.H6: model.Heading,
	atom.Blockquote: model.Quote, atom.Li: model.ListItem, atom.Figcaption: model.Caption,
	atom.Ul: model.Paragraph, atom.Ol: model.Paragraph, atom.Figure: model.Paragraph,
}

// hidden are elements whose content is never article text.
var hidden = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Head: true,
	atom.Iframe: true, atom.Object: true, atom.Svg: true, atom.Math: true, atom.Button: true,
}

// htmlBlocks maps an HTML fragment to blocks with a tokenizer pass (no
// tree, so no nesting limit): each block element starts a block of its
// kind, paragraphs inside a blockquote are quotes, images become figures
// holding their alt text, and scripts and styles are dropped.
func htmlBlocks(content string) []model.Block {
	var blocks []model.Block
	var sb strings.Builder
	kind, quotes, skip := model.Paragraph, 0, 0
	flush := func(next model.Kind) {
		if t := model.Fold(sb.String()); t != "" {
			blocks = append(blocks, model.Block{Kind: kind, Text: t})
		}
		sb.Reset()
		if kind = next; quotes > 0 && next == model.Paragraph {
			kind = model.Quote
		}
	}
	z := html.NewTokenizer(strings.NewReader(content))
	for {
		tt := z.Next()
		name, _ := z.TagName()
		a := atom.Lookup(name)
		switch tt {
		case html.ErrorToken:
			flush(model.Paragraph)
			return blocks
		case html.TextToken:
			if skip == 0 {
				sb.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			switch k, block := blockKinds[a]; {
			case hidden[a]:
				skip += btoi(tt == html.StartTagToken)
			case a == atom.Br:
				sb.WriteString(" ")
			case a == atom.Img && skip == 0:
				alt := attrs(z)["alt"]
				flush(model.Figure)
				sb.WriteString(alt)
				flush(model.Paragraph)
			case block:
				quotes += btoi(a == atom.Blockquote && tt == html.StartTagToken)
				flush(k)
			}
		case html.EndTagToken:
			switch _, block := blockKinds[a]; {
			case hidden[a]:
				skip = max(skip-1, 0)
			case block:
				if a == atom.Blockquote {
					quotes = max(quotes-1, 0)
				}
				flush(model.Paragraph)
			}
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// anchor sets h's offsets in a's text when its quote occurs there exactly
// once; an ambiguous or missing quote keeps -1, as guessing would put the
// highlight in the wrong place.
func anchor(a *model.Article, h *Highlight) {
	q := model.Fold(h.Quote)
	if a == nil || q == "" {
		return
	}
	i := strings.Index(a.Text, q)
	if i < 0 || strings.Contains(a.Text[i+1:], q) {
		return
	}
	h.Quote = q
	h.Start = utf8.RuneCountInString(a.Text[:i])
	h.End = h.Start + utf8.RuneCountInString(q)
}
