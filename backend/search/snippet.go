package search

import "unicode"

// snippetWidth is the most runes of article text a snippet shows.
const snippetWidth = 160

// span is a matched word of a text: code-point offsets and the query term.
type span struct{ start, end, term int }

// maxSpans caps the matches considered for one snippet.
const maxSpans = 512

// passage is a cut of a text around its best cluster of matches.
type passage struct {
	snippet    string
	positions  []int
	start, end int // code points of the cut in the text
	distinct   int // query terms inside the cut
}

// cut returns the window of at most snippetWidth runes of rs holding the
// most distinct terms of ms (then the most matches), widened to word
// boundaries, with "…" where the text goes on.
func cut(rs []rune, ms []span) passage {
	if len(ms) == 0 {
		return passage{}
	}
	bi, bj, bestD := 0, 0, 0
	seen := map[int]int{}
	for i, j := 0, 0; i < len(ms); i++ {
		for j < len(ms) && ms[j].end-ms[i].start <= snippetWidth {
			seen[ms[j].term]++
			j++
		}
		if j == i { // one word wider than the window
			j = i + 1
			seen[ms[i].term]++
		}
		if len(seen) > bestD || len(seen) == bestD && j-i > bj-bi {
			bi, bj, bestD = i, j, len(seen)
		}
		if seen[ms[i].term]--; seen[ms[i].term] == 0 {
			delete(seen, ms[i].term)
		}
	}
	ws, we := ms[bi].start, ms[bj-1].end
	slack := max(0, snippetWidth-(we-ws))
	start := max(0, ws-slack/2)
	end := min(len(rs), max(we, start+snippetWidth))
	if end-start < snippetWidth {
		start = max(0, min(ws, end-snippetWidth))
	}
	for start > 0 && start < ws && !unicode.IsSpace(rs[start-1]) {
		start++
	}
	for end < len(rs) && end > we && !unicode.IsSpace(rs[end]) {
		end--
	}
	for start < ws && unicode.IsSpace(rs[start]) {
		start++
	}
	for end > we && unicode.IsSpace(rs[end-1]) {
		end--
	}
	var out []rune
	if start > 0 {
		out = append(out, '…')
	}
	shift := len(out) - start
	for _, r := range rs[start:end] {
		if unicode.IsSpace(r) {
			r = ' ' // one rune for one, so offsets hold
		}
		out = append(out, r)
	}
	if end < len(rs) {
		out = append(out, '…')
	}
	p := passage{snippet: string(out), start: start, end: end, distinct: bestD}
	for _, m := range ms {
		for c := max(m.start, start); c < min(m.end, end); c++ {
			p.positions = append(p.positions, c+shift)
		}
	}
	return p
}
