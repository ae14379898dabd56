package html

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
)

// flatBlocks reads a page the tree parser refuses (nesting deeper than it
// allows, which no real article has) with the tokenizer alone: text between
// block-level tags becomes paragraphs, skipped elements are left out. It
// runs in one linear pass, whatever the nesting.
func flatBlocks(data []byte) (title string, blocks []model.Block) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var buf strings.Builder
	skip := atom.Atom(0) // the skipped element we are inside, if any
	inTitle := false
	flush := func() {
		if t := strings.TrimSpace(buf.String()); t != "" {
			blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: t})
		}
		buf.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			return model.Fold(title), blocks
		case html.TextToken:
			switch {
			case inTitle:
				title += string(z.Text())
			case skip == 0:
				buf.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			if skip != 0 {
				if tt == html.EndTagToken && a == skip {
					skip = 0
				}
				continue
			}
			if skipped[a] && tt == html.StartTagToken && !void[a] {
				skip = a
				continue
			}
			if _, ok := blockKind[a]; ok || breaking[a] || a == atom.Br {
				flush()
			}
		}
	}
}

// void elements have no end tag, so entering one skips nothing.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Head: true,
}
