package dump

// window is how many lines after a title its repeats may appear. Header
// zones seen in the wild hold up to a dozen lines (title, share buttons,
// date, caption twice, title again); twenty leaves room without reaching
// far into a body, where the scan stops at the first prose line anyway.
const window = 20

// doc is a dump cut into lines, with what the parser learns about the whole
// text before reading it article by article.
type doc struct {
	lines []line
	// rep[i] is the index of the last repeat of line i when line i opens a
	// header zone (see headerEnd), or -1.
	rep []int
	// gap is the usual number of blank lines between paragraphs.
	gap int
	// boiler holds short lines that recur in several articles.
	boiler map[string]bool
}

func newDoc(lines []line) *doc {
	d := &doc{lines: lines, rep: make([]int, len(lines))}
	d.link()
	for i := range lines {
		d.rep[i] = d.headerEnd(i)
	}
	d.demoteWidgets()
	d.gap = usualGap(lines)
	d.boiler = d.boilerplate()
	return d
}

// link sets every line's prev and next, so that "is this line repeated
// nearby" is answered without a scan.
func (d *doc) link() {
	last := make(map[string]int, len(d.lines))
	for i := range d.lines {
		l := &d.lines[i]
		l.prev, l.next = -1, len(d.lines)
		if j, ok := last[l.text]; ok {
			l.prev, d.lines[j].next = j, i
		}
		last[l.text] = i
	}
}

// headerEnd returns the index of the last copy of line i's text when line i
// is a title that the page repeats before its body, or -1. A title sits
// after a blank line or under a label (a section name, a breadcrumb), never
// right under a paragraph. The scan stops
// at the first prose line that is not itself repeated (captions are), since
// that is where the body begins. A copy right below the line, with no blank
// between, does not count: that is how doubled captions look, while a
// title's copies are set apart by blank lines or widgets.
func (d *doc) headerEnd(i int) int {
	t := d.lines[i].text
	if (i > 0 && d.lines[i].gap == 0 && !d.lines[i-1].is(widgetLine)) || !d.lines[i].is(titleLine) {
		return -1
	}
	end := min(len(d.lines), i+1+window)
	last := -1
	for k := i + 1; k < end; k++ {
		u := &d.lines[k]
		if u.text == t {
			if k > i+1 || u.gap > 0 {
				last = k
			}
			continue
		}
		if u.is(proseLine) && !d.captionInZone(i, k, end) {
			break
		}
	}
	return last
}

// captionInZone reports whether the prose line k, met while scanning the
// zone of the title at line i, reads as a caption rather than the start of
// the body: it carries a credit, is doubled, was already seen in the zone,
// or the title comes back before any other prose. A repeat of the whole
// article further down does not count, so pasting an article twice does not
// swallow the first copy's body.
func (d *doc) captionInZone(i, k, end int) bool {
	// A copy of u in the zone before it is a copy after line i.
	if u := &d.lines[k]; u.is(creditLine) || d.doubled(k) || u.prev > i {
		return true
	}
	for m := k + 1; m < end; m++ {
		switch v := &d.lines[m]; {
		case v.text == d.lines[i].text:
			return true
		case v.is(proseLine):
			return false
		}
	}
	return false
}

// demoteWidgets drops header starts that are really widgets: a "Share this
// article" at the end of one article repeats in the next one's header, but
// that header's own title comes back after it. Of two overlapping zones the
// one reaching further belongs to the title. Lines are visited from the end
// so that every later start is settled first.
func (d *doc) demoteWidgets() {
	for i := len(d.rep) - 1; i >= 0; i-- {
		for k := i + 1; d.rep[i] >= 0 && k <= d.rep[i]; k++ {
			if d.rep[k] > d.rep[i] && d.lines[k].text != d.lines[i].text {
				d.rep[i] = -1
			}
		}
	}
}

// usualGap returns the most common number of blank lines before a line, so
// that a longer run can be read as a break between articles whether the
// dump separates paragraphs by one blank line or none.
func usualGap(lines []line) int {
	hist := map[int]int{}
	for _, l := range lines[min(1, len(lines)):] {
		hist[l.gap]++
	}
	best, n := 1, 0
	for g, c := range hist {
		if c > n || c == n && g < best {
			best, n = g, c
		}
	}
	return best
}

// boilerplate finds widget-like lines that occur under more than one title:
// a site's "Advertisement" or "Share this article" recurs in every article,
// a body's own short lines do not.
func (d *doc) boilerplate() map[string]bool {
	seen := map[string]int{} // text -> first article index, or -1 once in two
	title, art := "", 0
	for i, l := range d.lines {
		if d.rep[i] >= 0 {
			if l.text != title {
				title = l.text
				art++
			}
			continue
		}
		if !l.is(widgetLine) {
			continue
		}
		if first, ok := seen[l.text]; !ok {
			seen[l.text] = art
		} else if first != art {
			seen[l.text] = -1
		}
	}
	out := map[string]bool{}
	for t, a := range seen {
		if a == -1 {
			out[t] = true
		}
	}
	// A title that opens an article is never boilerplate, even when the
	// same article was pasted twice.
	for i, l := range d.lines {
		if d.rep[i] >= 0 {
			delete(out, l.text)
		}
	}
	return out
}
