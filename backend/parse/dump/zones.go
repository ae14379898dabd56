package dump

// header reads the header zone of a, the lines [from, to) between the
// first and the last copy of its title. Nothing here is body: dates and
// bylines are kept as metadata, prose is a caption (a repeated one, one with
// a credit, or a finished sentence), and the rest is widgets.
func (d *doc) header(a *draft, from, to int) {
	for k := from; k < to; k++ {
		l := &d.lines[k]
		// A closest copy inside [from, to) means two copies there.
		twice := l.prev >= from || l.next < to
		switch {
		case l.text == a.title || a.meta(l):
		case l.is(creditLine|proseLine) || twice && l.words >= captionWords:
			a.caption(l)
		case l.is(widgetLine):
			a.widgets[l.text] = true
		}
	}
}

// prefix reads one line after the header zone and before the body, and
// returns how many lines it took, or 0 when line i starts the body. Only
// clear chrome is taken here: short lines may be body (a match preview
// opens with "Lansdowne Road, Dublin"), so plain widgets are not.
func (d *doc) prefix(a *draft, i int) int {
	l := &d.lines[i]
	switch {
	case l.text == a.title || a.meta(l) || l.is(relativeLine|counterLine|countLine|toggleLine) ||
		!l.is(alnumLine) || d.isBoiler(l) || a.isWidget(l):
		return 1
	case l.is(creditLine) || a.captions[l.text]:
		a.caption(l)
		return 1
	case d.doubled(i):
		a.caption(l)
		return 2
	}
	return 0
}

// body reads line i of the body and returns how many lines it took.
func (d *doc) body(a *draft, i int) int {
	l := &d.lines[i]
	switch {
	// Bare numbers stay: sports reports give attendances as a line of
	// their own, and counters sit in the header anyway.
	case l.text == a.title || l.is(toggleLine) || !l.is(alnumLine) || a.captions[l.text] ||
		a.isWidget(l) || d.isBoiler(l):
		return 1
	case l.is(creditLine):
		a.caption(l)
		return 1
	case d.doubled(i):
		// A line pasted twice in a row is a picture's alt text and caption;
		// a short one is more likely a label, kept once as text.
		if l.words >= captionWords {
			a.caption(l)
		} else {
			a.paragraph(l.text)
		}
		return 2
	}
	a.paragraph(l.text)
	return 1
}

// isBoiler reports whether l is one of the dump's boilerplate lines. Only
// widgets are, so other lines skip hashing their text.
func (d *doc) isBoiler(l *line) bool { return l.is(widgetLine) && d.boiler[l.text] }

// doubled reports whether line i is followed at once, with no blank line,
// by a copy of itself.
func (d *doc) doubled(i int) bool {
	return i+1 < len(d.lines) && d.lines[i+1].gap == 0 && d.lines[i+1].text == d.lines[i].text
}
