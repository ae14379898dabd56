package export

import (
	"strings"
)

// renderText writes one citation per highlight, ready to paste:
//
//	“The quote.”
//	— Author, “Title”, Site, 2024-01-21, https://…
//	Note: the user's note
//
// Paragraphs of a quote spanning blocks are joined by a space.
func renderText(arts []Article) []byte {
	var b strings.Builder
	for i := range arts {
		a := &arts[i]
		var src []string
		for _, s := range []string{a.Byline, "“" + a.Title + "”", a.Site, a.Published, a.URL} {
			if s != "" && s != "“”" {
				src = append(src, s)
			}
		}
		cite := "— " + strings.Join(src, ", ")
		for _, h := range a.Highlights {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString("“" + strings.Join(strings.Fields(h.Exact), " ") + "”\n" + cite + "\n")
			if note := strings.TrimSpace(h.Note); note != "" {
				b.WriteString("Note: " + note + "\n")
			}
		}
	}
	return []byte(b.String())
}
