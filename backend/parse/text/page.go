package text

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"gloss/backend/model"
)

// Line weights of the body finder. They describe shapes, not sites: prose
// lines are long or finished sentences, chrome lines (menus, share buttons,
// credits) are short and unpunctuated.
const (
	proseWords    = 12 // a line this long is prose whatever its end
	sentenceWords = 5  // a finished sentence this long is prose
	// chromeCost is what a chrome line costs a run of prose, in runes:
	// about one short paragraph, so a subheading or a stray label between
	// paragraphs is bridged but a menu of several lines is not.
	chromeCost = 150
)

// ParsePage picks the article out of the whole text of a web page (the
// text a browser copies, with navigation and credits left in). The body is
// the run of lines with the most prose weighed against the chrome lines in
// it; inside it, lines the page repeats elsewhere are dropped as chrome.
// The first line of the page, usually the document title, is the title.
func ParsePage(name string, data []byte) ([]model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("text: %s: %w", name, err)
	}
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = model.Fold(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		return nil, fmt.Errorf("text: %s: %w", name, ErrNoContent)
	}
	a := model.Article{Title: lines[0]}
	// Lines the page repeats and that are not prose are chrome (menus
	// printed twice, "Advertisement" between paragraphs); dropping them
	// first lets the paragraphs around them join up.
	seen := counts(lines)
	kept := lines[:0:0]
	for _, l := range lines[1:] {
		if seen[l] == 1 || isProse(l) {
			kept = append(kept, l)
		}
	}
	from, to := bodyRun(kept)
	for _, l := range kept[from:to] {
		a.Blocks = append(a.Blocks, model.Block{Kind: model.Paragraph, Text: l})
	}
	a.Normalize()
	if a.Text == "" {
		return nil, fmt.Errorf("text: %s: %w", name, ErrNoContent)
	}
	return []model.Article{a}, nil
}

// bodyRun returns the run of lines [from, to) with the highest sum of line
// scores (Kadane's maximum subarray): prose counts its length, chrome costs
// a fixed amount, so a lone menu line between paragraphs is bridged but a
// block of them is not.
func bodyRun(lines []string) (from, to int) {
	best, sum, start := 0, 0, 0
	for i, l := range lines {
		if sum <= 0 {
			sum, start = 0, i
		}
		if isProse(l) {
			sum += utf8.RuneCountInString(l)
		} else {
			sum -= chromeCost
		}
		if sum > best {
			best, from, to = sum, start, i+1
		}
	}
	return from, to
}

// isProse reports whether l reads as running text.
func isProse(l string) bool {
	w := len(strings.Fields(l))
	return w >= proseWords || (w >= sentenceWords && endsSentence(l))
}

func endsSentence(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, `"'”’)»`))
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func counts(lines []string) map[string]int {
	m := map[string]int{}
	for _, l := range lines {
		m[l]++
	}
	return m
}
