package dump

// kind is the set of shapes a line's text has. The zone scans look at every
// line many times over, so the classifiers run once per line, in classify,
// and the scans test bits.
type kind uint16

const (
	proseLine    kind = 1 << iota // running text (isProse)
	widgetLine                    // short and unpunctuated: a button or label
	titleLine                     // could be a headline (isTitleLike)
	creditLine                    // an image caption or credit (isCredit)
	dateLine                      // a date stamp (isDateLine)
	bylineLine                    // "By Jane Doe" (byline)
	relativeLine                  // a time stamp without a date (isRelativeTime)
	counterLine                   // a bare number (isCounter)
	countLine                     // a counted label such as "12 comments" (isCount)
	toggleLine                    // a text-size toggle (isToggle)
	alnumLine                     // has a letter or digit (hasAlnum)
)

// notTitle are the kinds of chrome that a headline is not.
const notTitle = toggleLine | counterLine | creditLine | dateLine | bylineLine | relativeLine

// classify returns every kind of t, which has n words.
func classify(t string, n int) kind {
	ends := endsSentence(t)
	k := bit(proseLine, n >= proseWords || n >= sentenceWords && ends) |
		bit(widgetLine, n <= maxWidgetWords && !ends) |
		bit(creditLine, isCredit(t)) |
		bit(dateLine, dateStamp(t, n, ends)) |
		bit(bylineLine, byline(t) != "") |
		bit(relativeLine, relativeTime(t, n, ends)) |
		bit(counterLine, isCounter(t)) |
		bit(countLine, isCount(t)) |
		bit(toggleLine, isToggle(t)) |
		bit(alnumLine, hasAlnum(t))
	if k&notTitle == 0 && titleShape(t, n) {
		k |= titleLine
	}
	return k
}

func bit(k kind, ok bool) kind {
	if ok {
		return k
	}
	return 0
}

// is reports whether l has any of the kinds k.
func (l *line) is(k kind) bool { return l.kind&k != 0 }

// isProse reports whether t reads as running text rather than a label.
func isProse(t string) bool {
	return classify(t, wordCount(t))&proseLine != 0
}

// isDateLine reports whether t is a date stamp line; see dateStamp.
func isDateLine(t string) bool {
	return classify(t, wordCount(t))&dateLine != 0
}

// isRelativeTime reports whether t is a time stamp without a usable date;
// see relativeTime.
func isRelativeTime(t string) bool {
	return classify(t, wordCount(t))&relativeLine != 0
}

// isTitleLike reports whether t could be a headline: short, with letters,
// not ending like a sentence or a clause (a question or exclamation is
// fine), and not one of the other kinds of chrome.
func isTitleLike(t string) bool {
	return classify(t, wordCount(t))&titleLine != 0
}
