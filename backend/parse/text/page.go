package text

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"gloss/backend/model"
)

// Line shapes of the body finder. They describe shapes, not sites: prose
// lines are long or finished sentences, chrome lines (menus, share buttons,
// credits, teaser titles) are short and unpunctuated.
const (
	proseWords    = 12 // a line this long is prose whatever its end
	sentenceWords = 5  // a finished sentence this long is prose
)

// streakCost prices chrome inside the body: the k-th chrome line in a row
// costs streakCost·(2k−1) runes, so a streak of k costs streakCost·k². One
// subheading or photo credit between paragraphs is nearly free, a caption
// with its credit costs a short sentence, but the title, author and date
// above each teaser of a "more stories" list cost more than the teaser's
// summary adds, and a menu stops the body.
const streakCost = 40

// headlineWindow is how many lines after the headline the body may start:
// a byline, a date, a standfirst and a photo credit come in between, a
// page of teasers does not.
const headlineWindow = 25

// ParsePage picks the article out of the whole text of a web page (the
// text a browser copies, with navigation and credits left in):
//
//   - Lines the page repeats are chrome (menus printed twice,
//     "Advertisement" between paragraphs, the date above every teaser, the
//     title under every share button): they weigh as chrome, and the body
//     may run past them but keeps none, save the first copy of one that
//     reads as prose (a pull quote repeats a paragraph).
//   - The headline is the line that repeats the page title (its first
//     line) or the part of it before the site's name; the body starts soon
//     after it. Without one, it may start anywhere.
//   - The body is the run of lines with the highest score: prose counts
//     its length, chrome costs more the longer its streak (see streakCost).
//     Teaser summaries, whose lines end cut off ("…"), count as chrome.
//     Lines with no letter or digit are blank; Chinese and Japanese count
//     one word per two characters.
//
// The headline is the title; failing one, the page's first line is.
func ParsePage(name string, data []byte) ([]model.Article, error) {
	s, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("text: %s: %w", name, err)
	}
	lines := pageLines(s)
	if len(lines) == 0 {
		return nil, fmt.Errorf("text: %s: %w", name, ErrNoContent)
	}
	a := model.Article{Title: lines[0]}
	head := headline(lines)
	if head > 0 {
		a.Title = lines[head]
	}
	seen := counts(lines)
	var kept []string
	var at []int // each kept line's index in lines
	for i, l := range lines {
		if i > 0 && i != head {
			kept = append(kept, l)
			at = append(at, i)
		}
	}
	from, to := bodyRun(kept, seen, at, head)
	used := map[string]bool{}
	for _, l := range kept[from:to] {
		if seen[l] == 1 || (isProse(l) && !used[l]) {
			a.Blocks = append(a.Blocks, model.Block{Kind: model.Paragraph, Text: l})
			used[l] = true
		}
	}
	a.Normalize()
	if a.Text == "" {
		return nil, fmt.Errorf("text: %s: %w", name, ErrNoContent)
	}
	return []model.Article{a}, nil
}

// bodyRun returns the run of lines [from, to) with the highest score. When
// the headline is known (head > 0), the run starts within headlineWindow
// lines after it if any run there scores at all; at[i] is line i's index
// in the page, which head is too.
func bodyRun(lines []string, seen map[string]int, at []int, head int) (from, to int) {
	score := scores(lines, seen)
	if head > 0 {
		best := 0
		for s := range lines {
			if at[s] <= head {
				continue
			}
			if at[s] > head+headlineWindow {
				break
			}
			sum := 0
			for e := s; e < len(lines); e++ {
				if sum += score[e]; sum > best {
					best, from, to = sum, s, e+1
				}
			}
		}
		if best > 0 {
			return from, to
		}
	}
	// Kadane's maximum subarray over the whole page.
	best, sum, start := 0, 0, 0
	for i := range lines {
		if sum <= 0 {
			sum, start = 0, i
		}
		if sum += score[i]; sum > best {
			best, from, to = sum, start, i+1
		}
	}
	return from, to
}

// scores weighs each line: prose its length in runes, chrome (and any line
// the page repeats) a cost that grows with its streak.
func scores(lines []string, seen map[string]int) []int {
	out := make([]int, len(lines))
	streak := 0
	for i, l := range lines {
		if isProse(l) && !cutOff(l) && seen[l] == 1 {
			out[i], streak = utf8.RuneCountInString(l), 0
			continue
		}
		streak++
		out[i] = -streakCost * (2*streak - 1)
	}
	return out
}

// pageLines returns the page's lines, folded, without the blank ones: a
// line with no letter or digit (a zero-width space, a bullet, a rule) is
// blank too.
func pageLines(s string) []string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = model.Fold(l); strings.IndexFunc(l, isWordRune) >= 0 {
			lines = append(lines, l)
		}
	}
	return lines
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isProse reports whether l reads as running text.
func isProse(l string) bool {
	w := words(l)
	return w >= proseWords || (w >= sentenceWords && endsSentence(l))
}

// words counts the words of l: its space-separated fields, and for
// Chinese and Japanese, which do not space their words, one word per two
// characters (about the length of a word there).
func words(l string) int {
	n, cjk := 0, 0
	for _, f := range strings.Fields(l) {
		n++
		for _, r := range f {
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
				cjk++
			}
		}
	}
	return n + cjk/2
}

func endsSentence(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l, `"'”’)»`))
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？'
}

// cutOff reports a line that ends cut short ("…" or "..."), as teasers'
// summaries do; a paragraph of the article ends whole.
func cutOff(l string) bool {
	l = strings.TrimRight(l, " ")
	return strings.HasSuffix(l, "...") || strings.HasSuffix(l, "…")
}

func counts(lines []string) map[string]int {
	m := map[string]int{}
	for _, l := range lines {
		m[l]++
	}
	return m
}

// headline finds the line that repeats the page title (line 0): the whole
// title, or the longest of its parts around a separator (" | ", " - ",
// ...), which drop the site's name. When the title repeats several times
// (the page header shows it too), the one followed by the most prose is
// the headline, since the article follows it. It returns 0 when no line
// of at least three words matches.
func headline(lines []string) int {
	want := titleKeys(lines[0])
	best, most := 0, 0
	for i := 1; i < len(lines); i++ {
		k := key(lines[i])
		if !want[k] || words(lines[i]) < 3 {
			continue
		}
		p := 0
		for _, l := range lines[i+1 : min(len(lines), i+1+headlineWindow)] {
			if isProse(l) {
				p += utf8.RuneCountInString(l)
			}
		}
		if best == 0 || p > most {
			best, most = i, p
		}
	}
	return best
}

// titleSeparators split a page title into the headline and the site's
// name or section.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / "}

// titleKeys returns the keys a headline line may have: the title's, and
// those of every part and run of parts the separators cut it into.
func titleKeys(title string) map[string]bool {
	keys := map[string]bool{key(title): true}
	parts := []string{title}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	for i := range parts {
		for j := i + 1; j <= len(parts); j++ {
			keys[key(strings.Join(parts[i:j], " "))] = true
		}
	}
	delete(keys, "")
	return keys
}

// key reduces a line to its lower-cased letters and digits, so a headline
// matches the title whatever its case, spacing or punctuation.
func key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
