package html

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
	"gloss/backend/parse/markup"
)

// flatBlocks reads a page the tree parser refuses (nesting deeper than it
// allows, which no real article has) with the tokenizer alone, through the
// same element mapping as the tree. It runs in one linear pass, whatever
// the nesting.
func flatBlocks(data []byte) (title string, blocks []model.Block) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var b markup.Builder
	var t strings.Builder
	inTitle := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return model.Fold(t.String()), b.Blocks()
		case html.TextToken:
			if inTitle {
				t.Write(z.Text())
			} else if !b.Skipping() {
				b.Text(string(z.Text()))
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := markup.Element(name)
			var attrs markup.Attrs
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				attrs.Set(string(k), string(v))
			}
			if a == atom.Title {
				inTitle = tt == html.StartTagToken
				continue
			}
			b.Start(a, attrs, false)
			if markup.Void(a) {
				b.End(a)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if a := markup.Element(name); a == atom.Title {
				inTitle = false
			} else {
				b.End(a)
			}
		}
	}
}
