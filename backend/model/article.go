package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Article is a parsed article, independent of where it came from.
type Article struct {
	Title  string `json:"title"`
	Byline string `json:"byline,omitempty"`
	Site   string `json:"site,omitempty"`
	URL    string `json:"url,omitempty"`
	// Published is an ISO 8601 date ("2024-01-21") or date-time; empty when
	// the source does not say.
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// Dir is "ltr" or "rtl".
	Dir    string  `json:"dir"`
	Blocks []Block `json:"blocks"`
	// Text is the canonical plain text of the body (see the package comment).
	Text string `json:"text"`
}

// New builds a normalised article from a title and its blocks.
func New(title string, blocks []Block) Article {
	a := Article{Title: title, Blocks: blocks}
	a.Normalize()
	return a
}

// Normalize enforces the package invariants in place: NFC, folded
// whitespace, no empty blocks (but figures with a picture), Text and block offsets recomputed, and Dir
// derived from the body's script when it is not set.
func (a *Article) Normalize() {
	a.Title = Fold(a.Title)
	a.Byline = Fold(a.Byline)
	a.Site = Fold(a.Site)
	a.URL = strings.TrimSpace(a.URL)
	kept := a.Blocks[:0]
	for _, b := range a.Blocks {
		b.Text = Fold(b.Text)
		if b.Text != "" || b.pictured() {
			kept = append(kept, b)
		}
	}
	a.Blocks = kept

	var sb strings.Builder
	pos := 0
	for i := range a.Blocks {
		b := &a.Blocks[i]
		if !b.Kind.InBody() {
			b.Start, b.End = -1, -1
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
			pos += 2
		}
		b.Start = pos
		sb.WriteString(b.Text)
		pos += utf8.RuneCountInString(b.Text)
		b.End = pos
	}
	a.Text = sb.String()
	if a.Dir == "" {
		a.Dir = Direction(a.Title + " " + head(a.Text, dirSample))
	}
}

// dirSample is how much of the text Direction reads: the first pages tell
// the script as well as a whole book does.
const dirSample = 64 << 10

// head returns about the first n bytes of s, cut at a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Paragraphs returns the texts of the paragraph blocks in order.
func (a Article) Paragraphs() []string {
	return a.texts(func(k Kind) bool { return k == Paragraph })
}

// Captions returns the texts of the caption blocks in order.
func (a Article) Captions() []string {
	return a.texts(func(k Kind) bool { return k == Caption })
}

func (a Article) texts(keep func(Kind) bool) []string {
	out := []string{}
	for _, b := range a.Blocks {
		if keep(b.Kind) {
			out = append(out, b.Text)
		}
	}
	return out
}

// Fold returns s in NFC with every run of whitespace and control
// characters turned into one space and no leading or trailing space.
// Control characters are never text: in a title printed by the command
// line they would drive the terminal.
func Fold(s string) string {
	if folded(s) {
		return s
	}
	s = norm.NFC.String(s)
	return strings.Join(strings.FieldsFunc(s, blank), " ")
}

func blank(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }

// folded reports whether Fold would return s unchanged: single ASCII
// spaces between words, no other white space, and NFC.
func folded(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return s == ""
	}
	ascii := true
	for i := 0; i < len(s); {
		c := s[i]
		if c-' ' < 0x7f-' ' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError || blank(r) {
			return false
		}
		ascii = false
		i += size
	}
	return ascii || norm.NFC.IsNormalString(s)
}

// Direction guesses the writing direction of s from its letters: "rtl" when
// most letters are Arabic, Hebrew, Syriac or Thaana, "ltr" otherwise.
func Direction(s string) string {
	var rtl, all int
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				all++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		if unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana) {
			rtl++
		}
	}
	if all > 0 && rtl*2 > all {
		return "rtl"
	}
	return "ltr"
}
