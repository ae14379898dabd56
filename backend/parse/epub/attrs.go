package epub

import (
	"strings"

	"golang.org/x/net/html"

	"gloss/backend/parse/markup"
)

// attrs are the attributes of one tag: what the block builder reads, the
// two the table of contents needs, and how many there were, which the
// book's tag budget counts. Every other attribute (event handlers, style
// rules) is dropped unread.
type attrs struct {
	markup.Attrs
	href, epubType string
	n              int
}

// readAttrs reads the current tag's attributes from the tokenizer; call it
// right after TagName. Pictures' sources are not kept: a book's images are
// never inflated, so its figures hold their alt text only.
func readAttrs(z *html.Tokenizer) attrs {
	var a attrs
	for {
		key, val, more := z.TagAttr()
		a.n++
		switch k := string(key); k {
		case "src":
		case "href":
			a.href = string(val)
		case "epub:type", "role":
			a.epubType += " " + string(val)
			a.Set(k, string(val))
		default:
			a.Set(k, string(val))
		}
		if !more {
			a.epubType = strings.TrimSpace(a.epubType)
			return a
		}
	}
}
