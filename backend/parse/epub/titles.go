package epub

import (
	"strings"
	"unicode"

	"gloss/backend/model"
)

// key reduces a title to its lower-cased letters and digits, so titles
// that differ only in case, spacing or punctuation compare equal.
func key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// withTitle opens a chapter's blocks with a heading holding its title from
// the table of contents, unless the chapter's own first headings (after
// any opening image) already say it, whole or split across several.
func withTitle(blocks []model.Block, title string) []model.Block {
	want := key(title)
	if want == "" {
		return blocks
	}
	got := ""
	for _, b := range blocks[:min(len(blocks), 4)] {
		if b.Kind == model.Figure || b.Kind == model.Caption {
			continue
		}
		if b.Kind != model.Heading {
			break
		}
		got += key(b.Text)
		if got == want || key(b.Text) == want {
			return blocks
		}
	}
	return append([]model.Block{{Kind: model.Heading, Text: title}}, blocks...)
}
