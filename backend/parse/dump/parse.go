package dump

import (
	"fmt"
	"unicode/utf8"

	"gloss/backend/model"
)

// Parse splits a text dump into its articles. name is the file name, used
// only in errors.
func Parse(name string, data []byte) ([]model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("dump: %s: %w", name, err)
	}
	arts := newDoc(splitLines(s)).articles()
	if len(arts) == 0 {
		return nil, fmt.Errorf("dump: %s: %w", name, ErrNoArticles)
	}
	return arts, nil
}

// looksLimit bounds the text Looks reads: a header shows near the top.
const looksLimit = 64 << 10

// Looks reports whether data looks like a multi-article text dump: text
// with at least one title that the page repeats before prose follows.
func Looks(data []byte) bool {
	n := min(len(data), looksLimit)
	// Cut on a rune boundary, or valid UTF-8 would read as Windows-1252.
	for n > 0 && n < len(data) && !utf8.RuneStart(data[n]) {
		n--
	}
	s, err := decode(data[:n])
	if err != nil {
		return false
	}
	d := newDoc(splitLines(s))
	for _, r := range d.rep {
		if r >= 0 && d.proseAfter(r+1, len(d.lines)) {
			return true
		}
	}
	return false
}

// articles reads the dump line by line. An article opens at a repeated
// title (or, failing that, at a title after a long blank run); its header
// zone is read by header, then lines go to prefix until the body starts,
// then to body until the next article opens.
func (d *doc) articles() []model.Article {
	var out []model.Article
	var cur *draft
	inBody := false
	flush := func() {
		if a, ok := cur.article(); ok {
			out = append(out, a)
		}
	}
	for i := 0; i < len(d.lines); {
		t := d.lines[i].text
		// A repeated title always opens an article (the loop has already
		// stepped over the current header zone), so a header without body
		// is dropped instead of swallowing the next article. A title that
		// is not repeated is a weaker sign, and may only end a body.
		if r := d.rep[i]; r >= 0 {
			d.dropLabels(cur, i)
			flush()
			cur = newDraft(t)
			d.header(cur, i+1, r)
			i, inBody = r+1, false
			continue
		}
		if (cur == nil || cur.paras > 0) && d.opensUnrepeated(i, cur == nil) {
			flush()
			cur = newDraft(t)
			i, inBody = i+1, false
			continue
		}
		switch {
		case cur == nil:
			i++ // chrome before the first article
		case !inBody:
			if n := d.prefix(cur, i); n > 0 {
				i += n
				continue
			}
			inBody = true
		default:
			i += d.body(cur, i)
		}
	}
	flush()
	return out
}

// dropLabels takes back from cur the paragraphs that were really labels
// over the title at line i: short lines glued to it without a blank line,
// such as a section name or a breadcrumb.
func (d *doc) dropLabels(cur *draft, i int) {
	for j := i - 1; cur != nil && j >= 0 && d.lines[j+1].gap == 0 && d.lines[j].is(widgetLine); j-- {
		if !cur.unparagraph(d.lines[j].text) {
			return
		}
	}
}

// opensUnrepeated reports whether line i starts an article whose title the
// page does not repeat: a title-like line followed closely by prose, which
// at the top of the dump has three words or more (shorter lines there are
// navigation) and after a body passes opensAfterBody.
func (d *doc) opensUnrepeated(i int, first bool) bool {
	l := &d.lines[i]
	if !l.is(titleLine) || i+1 >= len(d.lines) || d.isBoiler(l) {
		return false
	}
	if first {
		if l.words < 3 && !d.lines[i+1].is(proseLine) {
			return false
		}
	} else if !d.opensAfterBody(i) {
		return false
	}
	return d.proseAfter(i+1, min(len(d.lines), i+1+window/2))
}

// opensAfterBody reports whether title-like line i, met in a body, starts
// the next article: it follows a longer blank run than paragraphs do, or a
// date or byline line comes right under it. Either way the line must stick
// to what follows it.
func (d *doc) opensAfterBody(i int) bool {
	l, next := &d.lines[i], &d.lines[i+1]
	if l.words < 2 || next.gap > d.gap {
		return false
	}
	if l.gap > d.gap {
		return true
	}
	return l.gap > 0 && next.gap == 0 && next.is(dateLine|bylineLine)
}

// proseAfter reports whether a prose line comes in [from, to) before the
// next repeated title.
func (d *doc) proseAfter(from, to int) bool {
	for k := from; k < to; k++ {
		if d.rep[k] >= 0 && k > from {
			return false
		}
		if l := &d.lines[k]; l.is(proseLine) && !l.is(creditLine) {
			return true
		}
	}
	return false
}
