package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"gloss/backend/finder"
	"gloss/backend/search"
)

// notesSearchArticles caps the articles one search of highlights reads:
// their highlights are loaded to tell which of them match.
const notesSearchArticles = 2000

// highlightKey names a highlight library-wide.
type highlightKey struct{ article, id uint64 }

// found is a highlight a search found: its place in the ranking and the
// quote hit whose positions mark the matched words.
type found struct {
	rank  int
	quote *search.Hit
}

// errIndexing says the index is still being built, so nothing is found yet.
var errIndexing = errors.New("app: the search index is being built")

// searchHighlights finds the highlights holding every word of text in their
// quote, note or tags, typo-tolerant as the search palette is, best first:
// by their article's score, then quote matches before notes before tags.
func (n *Notes) searchHighlights(text string) (map[highlightKey]found, error) {
	if len(text) > maxQueryLength || !utf8.ValidString(text) {
		return nil, fmt.Errorf("app: notes search: %w: a text of at most %d bytes", ErrBadInput, maxQueryLength)
	}
	if n.f == nil {
		return nil, fmt.Errorf("app: notes search: %w: no search index here", ErrBadInput)
	}
	res, err := n.f.SearchHighlights(highlightQuery(text), notesSearchArticles)
	if errors.Is(err, finder.ErrIndexing) {
		return nil, errIndexing
	}
	if err != nil {
		return nil, err
	}
	out := map[highlightKey]found{}
	for _, r := range res {
		// The article holds every term somewhere; a highlight is listed
		// only when its own quote, note and tags hold them all.
		var all uint64
		held := map[string]uint64{}
		var order []string
		for _, h := range r.Hits {
			all |= h.Terms
			if h.HighlightID == "" {
				continue
			}
			if _, ok := held[h.HighlightID]; !ok {
				order = append(order, h.HighlightID)
			}
			held[h.HighlightID] |= h.Terms
		}
		for _, id := range order {
			hid, err := strconv.ParseUint(id, 10, 64)
			if err != nil || held[id] != all {
				continue
			}
			f := found{rank: len(out)}
			for i, h := range r.Hits {
				if h.Kind == search.KindHighlight && h.HighlightID == id {
					f.quote = &r.Hits[i]
				}
			}
			out[highlightKey{r.ID, hid}] = f
		}
	}
	return out, nil
}

// highlightQuery searches text in highlights, notes and tags. Colons are
// taken out so that no word is read as a filter (the Notes view has its
// own); "phrases" and -words keep their meaning.
func highlightQuery(text string) string {
	return "in:highlights in:notes in:tags " + strings.ReplaceAll(text, ":", " ")
}

// quoteMarks turns the matched positions of a quote hit into code-point
// offsets in the quote. The hit's snippet is the quote with plain spaces,
// or a cut of it with "…" where cut; the cut is found again in the quote.
func quoteMarks(exact string, h *search.Hit) []int {
	if h == nil {
		return nil
	}
	q := []rune(exact)
	for i, r := range q {
		if unicode.IsSpace(r) {
			q[i] = ' '
		}
	}
	quote, s := string(q), []rune(h.Snippet)
	for _, cut := range [][2]int{{0, 0}, {0, 1}, {1, 0}, {1, 1}} {
		lead, trail := cut[0], cut[1]
		if lead+trail > len(s) || lead == 1 && s[0] != '…' || trail == 1 && s[len(s)-1] != '…' {
			continue
		}
		body := string(s[lead : len(s)-trail])
		at := strings.Index(quote, body)
		if at < 0 {
			continue
		}
		at = utf8.RuneCountInString(quote[:at])
		var marks []int
		for _, p := range h.Positions {
			if p >= lead && p < len(s)-trail {
				marks = append(marks, p-lead+at)
			}
		}
		return marks
	}
	return nil
}
