package anchor

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"unicode/utf8"
)

// ContextLength is the number of code points of prefix and suffix Describe
// stores around a quote, as Hypothesis does. Near the start or end of the
// text the context is shorter.
const ContextLength = 32

// Quote holds the fields of a W3C TextQuoteSelector: the highlighted text
// and the text just before and after it.
type Quote struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// Position holds the fields of a W3C TextPositionSelector: the highlight is
// code points [Start, End) of the text. A Position with End <= Start is
// treated as absent.
type Position struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Selector is everything stored to find a highlight again.
type Selector struct {
	Quote    Quote    `json:"quote"`
	Position Position `json:"position"`
	// Block is the index in model.Article.Blocks of the block holding
	// Position.Start, as returned by BlockOf; -1 when unknown. Anchor does
	// not use it.
	Block int `json:"block"`
	// TextHash is HashText of the text the selector was described against;
	// when it equals HashText of the current text, the stored position is
	// still right and re-anchoring can be skipped.
	TextHash string `json:"textHash"`
}

// Describe builds the Selector of code points [start, end) of text. Block is
// set to -1, since text alone does not know the article's blocks; callers
// holding the article set it with BlockOf. Describe returns an error
// wrapping ErrInvalidRange when the range is empty, inverted or outside the
// text.
func Describe(text string, start, end int) (Selector, error) {
	q, ok := cut(valid(text), start, end)
	if !ok {
		return Selector{}, fmt.Errorf("anchor: describe [%d, %d) of a %d code point text: %w",
			start, end, utf8.RuneCountInString(text), ErrInvalidRange)
	}
	return Selector{
		Quote:    q,
		Position: Position{Start: start, End: end},
		Block:    -1,
		TextHash: HashText(text),
	}, nil
}

// HashText returns the hex SHA-256 of text, naming one version of an
// article's text.
func HashText(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// cut returns the Quote Describe stores for code points [start, end) of
// text, which must be valid UTF-8, walking the text only as far as the end
// of the suffix; ok is false when the range is empty, inverted or outside
// the text.
func cut(text string, start, end int) (q Quote, ok bool) {
	if start < 0 || end <= start {
		return Quote{}, false
	}
	marks := [4]int{max(0, start-ContextLength), start, end, end + ContextLength}
	var at [4]int // byte offsets of the marks
	i, cp := 0, 0
	for b := range text {
		for i < len(marks) && marks[i] == cp {
			at[i] = b
			i++
		}
		if i == len(marks) {
			break
		}
		cp++
	}
	for i < len(marks) && marks[i] <= cp { // marks at the end of the text
		at[i] = len(text)
		i++
	}
	if i < 3 { // end is past the end of the text
		return Quote{}, false
	}
	if i == 3 {
		at[3] = len(text)
	}
	return Quote{Exact: text[at[1]:at[2]], Prefix: text[at[0]:at[1]], Suffix: text[at[2]:at[3]]}, true
}

// valid returns text, with each byte that is not valid UTF-8 turned into
// U+FFFD as Go's []rune conversion does, so code-point offsets agree.
func valid(text string) string {
	if utf8.ValidString(text) {
		return text
	}
	return string([]rune(text))
}
