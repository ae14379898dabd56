package epub

import (
	"bytes"
	"fmt"

	"golang.org/x/net/html"

	"gloss/backend/model"
	"gloss/backend/parse/markup"
)

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
	var b markup.Builder
	for {
		var a attrs
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			blocks := b.Blocks()
			if len(blocks) > maxBlocks {
				return nil, errTooManyBlocks
			}
			return blocks, nil
		case html.TextToken:
			if !b.Skipping() {
				b.Text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if hasAttr {
				a = readAttrs(z)
			}
			b.Start(markup.Element(name), a.Attrs, tt == html.SelfClosingTagToken)
			if tt == html.SelfClosingTagToken {
				// <script/> is whole in XHTML; the tokenizer would
				// otherwise read what follows as the script's text.
				z.NextIsNotRawText()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			b.End(markup.Element(name))
		default:
			continue // comments, doctypes: no tag spent
		}
		if *tags -= 1 + a.n; *tags < 0 {
			return nil, errTooManyTags
		}
		if b.Len() > maxBlocks {
			return nil, errTooManyBlocks
		}
	}
}
