package exchange

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gloss/backend/model"
)

// clipping is one entry of "My Clippings.txt".
type clipping struct {
	title, author string
	kind          int
	text          string
	page          string
	loc, locEnd   int // 0 when the entry gives no location
	added         time.Time
	index         int // order in the file
}

// parseKindle reads "My Clippings.txt": entries of a "Title (Author)"
// line, a meta line ("- Your Highlight on page 12 | Location 200-203 |
// Added on …"), the text, and a line of ten equals signs. Entries it
// cannot read are skipped; a file with none is malformed.
func parseKindle(name string, data []byte) ([]Item, error) {
	var clips []clipping
	var entry []string
	flush := func() {
		if c, ok := readClipping(entry); ok {
			c.index = len(clips)
			clips = append(clips, c)
		}
		entry = entry[:0]
	}
	for l := range strings.SplitSeq(string(data), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.Trim(l, " \t\uFEFF") == "==========" {
			flush()
			continue
		}
		entry = append(entry, l)
	}
	flush()
	if len(clips) == 0 {
		return nil, fmt.Errorf("exchange: %s: no clipping could be read: %w", name, ErrMalformed)
	}
	return kindleBooks(clips), nil
}

// readClipping reads one entry's lines; false when it is not a clipping.
func readClipping(lines []string) (clipping, bool) {
	for len(lines) > 0 && strings.Trim(lines[0], " \t\uFEFF") == "" {
		lines = lines[1:]
	}
	if len(lines) < 2 {
		return clipping{}, false
	}
	meta := strings.TrimSpace(lines[1])
	if !strings.HasPrefix(meta, "-") && !strings.HasPrefix(meta, "–") {
		return clipping{}, false
	}
	var c clipping
	c.title, c.author = splitAuthor(strings.Trim(lines[0], " \t\uFEFF"))
	c.text = strings.TrimSpace(strings.Join(lines[2:], "\n"))
	where, date := meta, ""
	if i := strings.LastIndex(meta, "|"); i >= 0 {
		where, date = meta[:i], meta[i+1:]
	}
	where = strings.ToLower(where)
	c.kind = max(clipKind(where), clipHighlight)
	if m := pageRE.FindStringSubmatch(where); m != nil {
		c.page = strings.ReplaceAll(m[1]+m[2], " ", "")
		if a, b, ok := strings.Cut(c.page, "-"); ok && a == b {
			c.page = a
		}
	}
	if m := locRE.FindStringSubmatch(where); m != nil {
		c.loc, _ = strconv.Atoi(m[1])
		c.locEnd = c.loc
		if m[2] != "" {
			c.locEnd = expandEnd(c.loc, m[2])
		}
	}
	c.added = kindleDate(date)
	return c, c.title != ""
}

// splitAuthor splits "Title (Author)" at its last balanced parentheses;
// the author's own may nest: "飘 ((美)米切尔)".
func splitAuthor(line string) (title, author string) {
	if !strings.HasSuffix(line, ")") {
		return line, ""
	}
	depth := 0
	for i := len(line) - 1; i >= 0; i-- {
		switch line[i] {
		case ')':
			depth++
		case '(':
			if depth--; depth == 0 {
				if t := strings.TrimSpace(line[:i]); t != "" {
					return t, strings.TrimSpace(line[i+1 : len(line)-1])
				}
				return line, ""
			}
		}
	}
	return line, ""
}

// kindleBooks groups clippings into books in the order they first
// appear, merges duplicates, attaches notes and builds each book's text.
func kindleBooks(clips []clipping) []Item {
	type book struct{ clips []clipping }
	var order []string
	books := map[string]*book{}
	for _, c := range clips {
		key := c.title + "\x00" + c.author
		if books[key] == nil {
			books[key] = &book{}
			order = append(order, key)
		}
		books[key].clips = append(books[key].clips, c)
	}
	var items []Item
	for _, key := range order {
		cs := books[key].clips
		hs := bookHighlights(cs)
		if len(hs) == 0 {
			continue // bookmarks only
		}
		it := Item{Title: cs[0].title, Author: cs[0].author, Highlights: hs}
		it.Article = bookArticle(model.Fold(it.Title), model.Fold(it.Author), it.Highlights)
		for _, c := range cs {
			if !c.added.IsZero() && (it.Added.IsZero() || c.added.Before(it.Added)) {
				it.Added = c.added
			}
		}
		items = append(items, it)
	}
	return items
}

// bookHighlights turns one book's clippings into highlights in reading
// order: duplicates merged, notes attached, bookmarks dropped.
func bookHighlights(cs []clipping) []Highlight {
	var marks, notes []clipping
	for _, c := range cs {
		c.text = model.Fold(c.text)
		switch {
		case c.text == "" || c.kind == clipBookmark:
		case c.kind == clipNote:
			notes = append(notes, c)
		default:
			marks = append(marks, c)
		}
	}
	slices.SortStableFunc(marks, func(a, b clipping) int { return clipOrder(a) - clipOrder(b) })
	marks = mergeDuplicates(marks)
	noteOf := make([][]string, len(marks))
	var loose []clipping
	for _, n := range notes {
		if i := noteTarget(marks, n); i >= 0 {
			noteOf[i] = append(noteOf[i], n.text)
		} else {
			loose = append(loose, n)
		}
	}
	type placed struct {
		h            Highlight
		order, index int
	}
	var all []placed
	for i, m := range marks {
		all = append(all, placed{Highlight{Quote: m.text, Note: strings.Join(noteOf[i], "\n\n"),
			Location: clipLocation(m), Created: m.added}, clipOrder(m), m.index})
	}
	for _, n := range loose {
		all = append(all, placed{Highlight{Note: n.text, Location: clipLocation(n), Created: n.added}, clipOrder(n), n.index})
	}
	slices.SortStableFunc(all, func(a, b placed) int { return cmp.Or(a.order-b.order, a.index-b.index) })
	hs := make([]Highlight, len(all))
	for i, p := range all {
		hs[i] = p.h
	}
	return hs
}

// clipOrder is the reading position of a clipping: its location, or its
// page for documents without locations (PDFs).
func clipOrder(c clipping) int {
	if c.loc > 0 {
		return c.loc
	}
	digits := strings.IndexFunc(c.page+"x", func(r rune) bool { return r < '0' || r > '9' })
	p, _ := strconv.Atoi(c.page[:min(digits, 9)])
	return p
}

// mergeDuplicates keeps one highlight of each group saved twice or
// extended: overlapping places, one text inside the other. The longest
// text wins. marks is sorted by clipOrder.
func mergeDuplicates(marks []clipping) []clipping {
	var kept []clipping
	for _, m := range marks {
		dup := -1
		for j := len(kept) - 1; j >= 0 && j >= len(kept)-64; j-- {
			if samePlace(kept[j], m) && (strings.Contains(kept[j].text, m.text) || strings.Contains(m.text, kept[j].text)) {
				dup = j
				break
			}
		}
		switch {
		case dup < 0:
			kept = append(kept, m)
		case len(m.text) > len(kept[dup].text):
			kept[dup] = m
		}
	}
	return kept
}

// samePlace reports whether two clippings cover the same place: their
// location ranges overlap, or, without locations, their pages match.
func samePlace(a, b clipping) bool {
	if a.loc > 0 && b.loc > 0 {
		return a.loc <= b.locEnd && b.loc <= a.locEnd
	}
	return a.loc == 0 && b.loc == 0 && a.page == b.page
}

// noteTarget picks the highlight a note belongs to: one whose range holds
// the note's location (or page), preferring one that ends there, then the
// nearest in the file, then in time; -1 when none.
func noteTarget(marks []clipping, n clipping) int {
	best, bestScore := -1, 0
	// marks is sorted by clipOrder: the candidates start at or before the
	// note; a window keeps a huge book linear.
	hi := sort.Search(len(marks), func(i int) bool { return clipOrder(marks[i]) > clipOrder(n) })
	for i := hi - 1; i >= 0 && i >= hi-64; i-- {
		m := marks[i]
		if !samePlace(m, n) {
			continue
		}
		score := abs(m.index-n.index)<<20 + min(int(abs(int(m.added.Sub(n.added).Seconds()))), 1<<20-1)
		if n.loc == 0 || m.locEnd != n.loc {
			score += 1 << 50 // a Kindle places a note at the end of its highlight
		}
		if best < 0 || score < bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
