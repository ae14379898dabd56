package dump

// header reads the header zone of a, the lines [from, to) between the
// first and the last copy of its title. Nothing here is body: dates and
// bylines are kept as metadata, prose is a caption (a repeated one, one with
// a credit, or a finished sentence), and the rest is widgets.
func (d *doc) header(a *draft, from, to int) {
	for k := from; k < to; k++ {
		t := d.lines[k].text
		switch {
		case t == a.title || a.meta(t):
		case isCredit(t) || isProse(t) || d.count(t, from, to) > 1 && wordCount(t) >= captionWords:
			a.caption(t)
		case isWidget(t):
			a.widgets[t] = true
		}
	}
}

// prefix reads one line after the header zone and before the body, and
// returns how many lines it took, or 0 when line i starts the body. Only
// clear chrome is taken here: short lines may be body (a match preview
// opens with "Lansdowne Road, Dublin"), so plain widgets are not.
func (d *doc) prefix(a *draft, i int) int {
	t := d.lines[i].text
	switch {
	case t == a.title || a.meta(t) || isRelativeTime(t) || isCounter(t) || isCount(t) ||
		isToggle(t) || !hasAlnum(t) || d.boiler[t] || a.widgets[t]:
		return 1
	case a.captions[t] || isCredit(t):
		a.caption(t)
		return 1
	case d.doubled(i):
		a.caption(t)
		return 2
	}
	return 0
}

// body reads line i of the body and returns how many lines it took.
func (d *doc) body(a *draft, i int) int {
	t := d.lines[i].text
	switch {
	// Bare numbers stay: sports reports give attendances as a line of
	// their own, and counters sit in the header anyway.
	case t == a.title || a.captions[t] || a.widgets[t] || isToggle(t) || !hasAlnum(t) || d.boiler[t]:
		return 1
	case isCredit(t):
		a.caption(t)
		return 1
	case d.doubled(i):
		// A line pasted twice in a row is a picture's alt text and caption;
		// a short one is more likely a label, kept once as text.
		if wordCount(t) >= captionWords {
			a.caption(t)
		} else {
			a.paragraph(t)
		}
		return 2
	}
	a.paragraph(t)
	return 1
}

// doubled reports whether line i is followed at once, with no blank line,
// by a copy of itself.
func (d *doc) doubled(i int) bool {
	return i+1 < len(d.lines) && d.lines[i+1].gap == 0 && d.lines[i+1].text == d.lines[i].text
}
