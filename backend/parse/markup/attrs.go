package markup

import "strings"

// Attrs are the only attributes the builder reads. Every other one (event
// handlers, style rules, link targets) is dropped unread.
type Attrs struct {
	Alt string
	// Src is an image's address as written.
	Src string
	// Hidden is set by the hidden attribute, aria-hidden="true" or a style
	// of display:none or visibility:hidden: what the page does not show is
	// no more the article than a comment is.
	Hidden bool
	// PageBreak marks a printed book's page-number marker (epub:type or
	// role pagebreak), whose digits are not text.
	PageBreak bool
}

// Set records one attribute; the ones the builder does not read are
// ignored.
func (a *Attrs) Set(key, val string) {
	switch key {
	case "alt":
		a.Alt = val
	case "src":
		a.Src = val
	case "hidden":
		a.Hidden = true
	case "aria-hidden":
		a.Hidden = a.Hidden || strings.EqualFold(strings.TrimSpace(val), "true")
	case "style":
		s := strings.ReplaceAll(strings.ToLower(val), " ", "")
		a.Hidden = a.Hidden || strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
	case "epub:type", "role":
		for _, w := range strings.Fields(val) {
			a.PageBreak = a.PageBreak || w == "pagebreak" || w == "doc-pagebreak"
		}
	}
}
