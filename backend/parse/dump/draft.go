package dump

import (
	"unicode/utf8"

	"gloss/backend/model"
)

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
func (a *draft) caption(l *line) {
	if l.words < captionWords || a.captions[l.text] {
		return
	}
	a.captions[l.text] = true
	a.blocks = append(a.blocks, model.Block{Kind: model.Caption, Text: l.text})
}

// isWidget reports whether l is a label seen in the header. Only widgets
// are kept there, so other lines skip hashing their text.
func (a *draft) isWidget(l *line) bool { return l.is(widgetLine) && a.widgets[l.text] }

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
func (a *draft) meta(l *line) bool {
	switch {
	case l.is(dateLine):
		if a.published == "" {
			a.published, _ = findDate(l.text)
		}
		return true
	case l.is(bylineLine):
		if a.byline == "" {
			a.byline = byline(l.text)
		}
		return true
	}
	return false
}

// leftToRight reports whether the title and blocks hold no rune that could
// be a right-to-left letter: the scripts model.Direction counts (Arabic,
// Hebrew, Syriac, Thaana) start at U+0590, and U+2000 to U+20CF are
// punctuation and currency signs, common in any text.
func (a *draft) leftToRight() bool {
	ltr := func(s string) bool {
		for i := 0; i < len(s); {
			if s[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if r >= 0x590 && (r < 0x2000 || r >= 0x20D0) {
				return false
			}
			i += size
		}
		return true
	}
	if !ltr(a.title) {
		return false
	}
	for _, b := range a.blocks {
		if !ltr(b.Text) {
			return false
		}
	}
	return true
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
	// Normalize would work the direction out letter by letter, which takes
	// longer than the parse; without a right-to-left letter it is "ltr".
	if a.leftToRight() {
		art.Dir = "ltr"
	}
	art.Normalize()
	return art, art.Title != "" && len(art.Paragraphs()) > 0
}
