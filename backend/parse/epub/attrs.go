package epub

import (
	"strings"

	"golang.org/x/net/html"
)

// attrs are the only attributes Gloss reads from content documents. Every
// other one (event handlers, style rules, link targets of the text) is
// dropped unread.
type attrs struct {
	alt, href, epubType string
	hidden              bool // hidden, aria-hidden or a display:none style
	n                   int  // how many attributes the tag has
}

// readAttrs reads the current tag's attributes from the tokenizer; call it
// right after TagName.
func readAttrs(z *html.Tokenizer) attrs {
	var a attrs
	for {
		key, val, more := z.TagAttr()
		a.n++
		switch string(key) {
		case "alt":
			a.alt = string(val)
		case "href":
			a.href = string(val)
		case "epub:type", "role":
			a.epubType += " " + string(val)
		case "hidden":
			a.hidden = true
		case "aria-hidden":
			a.hidden = a.hidden || strings.EqualFold(string(val), "true")
		case "style":
			s := strings.ReplaceAll(strings.ToLower(string(val)), " ", "")
			a.hidden = a.hidden || strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
		}
		if !more {
			a.epubType = strings.TrimSpace(a.epubType)
			return a
		}
	}
}
