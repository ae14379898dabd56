package text

import (
	"fmt"
	"strings"

	"gloss/backend/model"
)

// Parse reads one article from the plain-text or Markdown file called
// name; Markdown is recognised by content (see LooksMarkdown).
func Parse(name string, data []byte) ([]model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("text: %s: %w", name, err)
	}
	var a model.Article
	if LooksMarkdown([]byte(s)) {
		a = parseMarkdown([]byte(s))
	} else {
		a = parsePlain(s)
	}
	a.Normalize()
	if a.Text == "" && a.Title == "" {
		return nil, fmt.Errorf("text: %s: %w", name, ErrNoContent)
	}
	return []model.Article{a}, nil
}

// parsePlain reads the first non-blank line as the title and every run of
// lines between blank lines as one paragraph (hard-wrapped lines rejoin).
func parsePlain(s string) model.Article {
	var a model.Article
	for _, para := range paragraphs(s) {
		if a.Title == "" {
			title, rest, _ := strings.Cut(para, "\n")
			a.Title = title
			if para = rest; strings.TrimSpace(para) == "" {
				continue
			}
		}
		a.Blocks = append(a.Blocks, model.Block{Kind: model.Paragraph, Text: para})
	}
	return a
}

// paragraphs splits s at blank lines, trimming each part.
func paragraphs(s string) []string {
	var out []string
	var cur []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, "\n"))
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, strings.TrimSpace(line))
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}
