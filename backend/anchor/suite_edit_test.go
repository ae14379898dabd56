package anchor

import (
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

// edit is one change to a canonical text: del code points at at are
// replaced by ins. The edits of one variant never overlap.
type edit struct {
	at, del int
	ins     string
}

// applyEdits returns rs with the edits made.
func applyEdits(rs []rune, es []edit) string {
	es = slices.Clone(es)
	slices.SortFunc(es, func(x, y edit) int { return x.at - y.at })
	var sb strings.Builder
	pos := 0
	for _, e := range es {
		sb.WriteString(string(rs[pos:e.at]))
		sb.WriteString(e.ins)
		pos = e.at + e.del
	}
	sb.WriteString(string(rs[pos:]))
	return sb.String()
}

// moveStart returns where offset s, the start of a highlight, is after the
// edits: every edit ending at or before it shifts it, except a replacement
// starting at s, which replaces the highlight's own first characters.
func moveStart(es []edit, s int) int {
	d := 0
	for _, e := range es {
		if e.at+e.del <= s && (e.at < s || e.del == 0) {
			d += n(e.ins) - e.del
		}
	}
	return s + d
}

// moveEnd returns where offset e, the end of a highlight, is after the
// edits: every edit starting before it shifts it.
func moveEnd(es []edit, end int) int {
	d := 0
	for _, e := range es {
		if e.at < end {
			d += n(e.ins) - e.del
		}
	}
	return end + d
}

// The edit kinds of the suite, one per variant.
const (
	editTypos   = "a typos elsewhere"
	editInsert  = "b sentence inserted before"
	editRemove  = "c paragraph removed elsewhere"
	editReflow  = "d whitespace reflowed"
	editReword  = "e one word reworded"
	editDeleted = "f highlight deleted"
)

var editKinds = []string{editTypos, editInsert, editRemove, editReflow, editReword, editDeleted}

// Sentences a later version of an article might add.
var addedSentences = []string{
	"The figures were published on Tuesday.",
	"A spokesman declined to comment further.",
	"Analysts had expected a smaller change.",
	"This article was updated with new information.",
	"More details are expected later this week.",
}

// Words a rewording may put in place of another.
var rewordings = []string{
	"new", "said", "year", "major", "early", "people", "report", "several",
	"recent", "official", "strongly", "government", "particularly", "administration",
}

// typos fixes three typos in words outside h: a letter changed, doubled or
// dropped.
func (a *suiteArticle) typos(h highlight, r *rand.Rand) []edit {
	var es []edit
	for _, wi := range r.Perm(len(a.words)) {
		w := a.words[wi]
		if len(es) == 3 {
			break
		}
		if (w.end > h.start && w.start < h.end) || !letters(a.runes[w.start:w.end]) || w.end-w.start < 4 {
			continue
		}
		i := w.start + 1 + r.IntN(w.end-w.start-2) // an inner letter
		switch r.IntN(3) {
		case 0:
			c := rune('a' + r.IntN(26))
			if c == unicode.ToLower(a.runes[i]) {
				c = 'a' + (c-'a'+1)%26
			}
			es = append(es, edit{at: i, del: 1, ins: string(c)})
		case 1:
			es = append(es, edit{at: i, ins: string(a.runes[i])})
		default:
			es = append(es, edit{at: i, del: 1})
		}
	}
	return es
}

// insert adds a sentence at the start of one of the three sentences nearest
// before the highlight's start (possibly its own).
func (a *suiteArticle) insert(h highlight, r *rand.Rand) []edit {
	var before []int
	for _, wi := range a.sentenceStarts() {
		if a.words[wi].start <= h.start {
			before = append(before, a.words[wi].start)
		}
	}
	at := before[len(before)-1-r.IntN(min(3, len(before)))]
	return []edit{{at: at, ins: addedSentences[r.IntN(len(addedSentences))] + " "}}
}

// remove deletes a paragraph that shares no character with the highlight;
// ok is false when there is none.
func (a *suiteArticle) remove(h highlight, r *rand.Rand) (es []edit, ok bool) {
	var free []int
	for bi, b := range a.blocks {
		if b.End <= h.start || b.Start >= h.end {
			free = append(free, bi)
		}
	}
	if len(free) == 0 {
		return nil, false
	}
	bi := free[r.IntN(len(free))]
	b := a.blocks[bi]
	if bi < len(a.blocks)-1 {
		return []edit{{at: b.Start, del: b.End + 2 - b.Start}}, true
	}
	return []edit{{at: b.Start - 2, del: b.End - b.Start + 2}}, true
}

// reflow returns the raw text of a new cut of the article, white space
// changed throughout (double spaces, hard line breaks, tabs, no-break
// spaces, extra blank lines), one paragraph split in two and two joined,
// each inside the highlight half the time; and the edits its canonical text
// differs from the old one by.
func (a *suiteArticle) reflow(h highlight, r *rand.Rand) (raw string, es []edit) {
	var spaces, inside, breaks []int
	for i, c := range a.runes {
		switch {
		case c == ' ' && i > 0 && endsSentence(a.runes[max(0, i-4):i]):
			spaces = append(spaces, i)
		case c == '\n' && a.runes[i+1] == '\n':
			breaks = append(breaks, i)
		}
		if c == ' ' && i > h.start && i < h.end {
			inside = append(inside, i)
		}
	}
	split, join := -1, -1
	if len(inside) > 0 && r.IntN(2) == 0 {
		split = inside[r.IntN(len(inside))]
	} else if len(spaces) > 0 {
		split = spaces[r.IntN(len(spaces))]
	}
	if h.kind == "span" && r.IntN(2) == 0 {
		join = h.start + slices.Index(a.runes[h.start:h.end], '\n')
	} else if len(breaks) > 0 {
		join = breaks[r.IntN(len(breaks))]
	}
	var sb strings.Builder
	for i := 0; i < len(a.runes); i++ {
		c := a.runes[i]
		switch {
		case i == split:
			sb.WriteString("\n\n")
			es = append(es, edit{at: i, del: 1, ins: "\n\n"})
		case i == join:
			sb.WriteString(" \n ")
			es = append(es, edit{at: i, del: 2, ins: " "})
			i++
		case c == '\n':
			sb.WriteString([]string{"\n\n", "\n\n\n", "\n \t\n"}[r.IntN(3)])
			i++
		case c == ' ':
			sb.WriteString([]string{" ", " ", " ", " ", "  ", "\n", " \n", "\t", "\u00a0"}[r.IntN(9)])
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String(), es
}

// reword replaces one word of the highlight, made of letters only, by
// another of about its length; ok is false when it has none.
func (a *suiteArticle) reword(h highlight, r *rand.Rand) (es []edit, ok bool) {
	for _, k := range r.Perm(h.last - h.first + 1) {
		w := a.words[h.first+k]
		word := a.runes[w.start:w.end]
		if !letters(word) || len(word) < 2 {
			continue
		}
		for _, j := range r.Perm(len(rewordings)) {
			repl := []rune(rewordings[j])
			if abs(len(repl)-len(word)) > 2 || strings.EqualFold(string(repl), string(word)) {
				continue
			}
			if unicode.IsUpper(word[0]) {
				repl[0] = unicode.ToUpper(repl[0])
			}
			return []edit{{at: w.start, del: len(word), ins: string(repl)}}, true
		}
	}
	return nil, false
}

func letters(w []rune) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}
