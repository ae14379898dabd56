package dump

import "gloss/backend/model"

// draft is an article being read: its title, what the header said about it
// and the blocks found so far.
type draft struct {
	title     string
	byline    string
	published string
	blocks    []model.Block
	captions  map[string]bool
	// widgets holds the labels seen in the header zone: share bars and the
	// like often come back at the foot of the article.
	widgets map[string]bool
	paras   int
}

func newDraft(title string) *draft {
	return &draft{title: title, captions: map[string]bool{}, widgets: map[string]bool{}}
}

// caption adds t as an image caption unless the article already has it:
// pages show a caption twice (alt text and figcaption), readers want it once.
// Bare credits such as "Image: Reuters" say nothing about the picture and
// are dropped.
func (a *draft) caption(t string) {
	if a.captions[t] || wordCount(t) < captionWords {
		return
	}
	a.captions[t] = true
	a.blocks = append(a.blocks, model.Block{Kind: model.Caption, Text: t})
}

func (a *draft) paragraph(t string) {
	a.blocks = append(a.blocks, model.Block{Kind: model.Paragraph, Text: t})
	a.paras++
}

// unparagraph removes the last block when it is the paragraph t, and
// reports whether it did.
func (a *draft) unparagraph(t string) bool {
	n := len(a.blocks)
	if n == 0 || a.blocks[n-1].Kind != model.Paragraph || a.blocks[n-1].Text != t {
		return false
	}
	a.blocks = a.blocks[:n-1]
	a.paras--
	return true
}

// meta takes a date or byline line, keeping the first of each: the first
// date in a header is the publication date, later ones are updates.
func (a *draft) meta(t string) bool {
	if isDateLine(t) {
		if a.published == "" {
			a.published, _ = findDate(t)
		}
		return true
	}
	if name := byline(t); name != "" {
		if a.byline == "" {
			a.byline = name
		}
		return true
	}
	return false
}

// article returns the finished article, or false when no body was found
// (a header without text is chrome, not an article).
func (a *draft) article() (model.Article, bool) {
	if a == nil || a.paras == 0 {
		return model.Article{}, false
	}
	art := model.Article{
		Title:     a.title,
		Byline:    a.byline,
		Published: a.published,
		Blocks:    a.blocks,
	}
	art.Normalize()
	return art, art.Title != "" && len(art.Paragraphs()) > 0
}
