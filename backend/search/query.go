package search

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Field is a set of article fields a word may match in.
type Field uint8

// The fields of an article; a word is indexed with the set it occurs in.
const (
	FieldTitle     Field = 1 << iota
	FieldText            // the body
	FieldHighlight       // highlight quotes
	FieldNote            // the article note and highlight notes
	FieldTag             // article and highlight tags
	allFields      Field = 1<<iota - 1
)

// State is a set of is: conditions.
type State uint8

// The is: conditions.
const (
	IsFavourite State = 1 << iota
	IsArchived
	IsUnread
	IsRead
)

// Query is a parsed search query; see ParseQuery for its syntax. All words
// are folded (lower case, no accents).
type Query struct {
	// Words must all match, in any order, each prefix- and typo-tolerant.
	Words []string
	// Prefix says the last word is still being typed, so any word starting
	// with it matches, however short.
	Prefix bool
	// Phrases must occur as consecutive words.
	Phrases [][]string
	// Exclude and ExcludePhrases must not occur anywhere in the article.
	Exclude        []string
	ExcludePhrases [][]string
	// Tags, Sources and Colors each keep articles matching any of their
	// values; all three must hold when several are given.
	Tags, Sources, Colors []string
	// In restricts where Words and Phrases may match; 0 means anywhere.
	In Field
	// After keeps articles dated on or after it, Before those dated strictly
	// before it ("YYYY-MM-DD"; the published date, else the added date).
	After, Before string
	// Is keeps articles in all the given states.
	Is State
}

var inValues = map[string]Field{
	"title": FieldTitle, "text": FieldText, "body": FieldText,
	"highlight": FieldHighlight, "highlights": FieldHighlight,
	"note": FieldNote, "notes": FieldNote, "tag": FieldTag, "tags": FieldTag,
}

var isValues = map[string]State{
	"favourite": IsFavourite, "favorite": IsFavourite, "fav": IsFavourite,
	"archived": IsArchived, "unread": IsUnread, "read": IsRead,
}

// ParseQuery parses a query: words (all must match), "exact phrases", an
// -excluded word or -"phrase", and the filters tag:, source:, color:,
// in:title|text|highlights|notes|tags, before:YYYY-MM-DD, after:YYYY-MM-DD
// and is:favourite|archived|unread|read. Filter values may be quoted
// (tag:"middle east"); an unclosed quote runs to the end of the query. A
// word with an unknown key ("http://x") is searched as words. It returns an
// error wrapping ErrQuery for an unknown in: or is: value, a bad date, an
// empty filter value or a negated filter.
func ParseQuery(s string) (Query, error) {
	var q Query
	p := lexer{s: []rune(s)}
	lastWord := false
	for {
		p.skipSpace()
		if p.done() {
			break
		}
		lastWord = false
		neg := false
		if p.peek() == '-' && p.i+1 < len(p.s) && !unicode.IsSpace(p.s[p.i+1]) {
			neg = true
			p.i++
		}
		if p.peek() == '"' {
			ws := words(p.quoted())
			switch {
			case len(ws) == 0:
			case neg:
				q.ExcludePhrases = append(q.ExcludePhrases, ws)
			case len(ws) == 1:
				q.Words = append(q.Words, ws[0])
			default:
				q.Phrases = append(q.Phrases, ws)
			}
			continue
		}
		key, value, isFilter := p.term()
		if isFilter {
			if neg {
				return Query{}, fmt.Errorf("search: negated filter -%s: is not supported: %w", key, ErrQuery)
			}
			if err := q.addFilter(key, value); err != nil {
				return Query{}, err
			}
			continue
		}
		ws := words(value)
		if neg {
			q.Exclude = append(q.Exclude, ws...)
			continue
		}
		q.Words = append(q.Words, ws...)
		lastWord = len(ws) > 0
	}
	if n := q.wordCount(); n > maxQueryWords {
		return Query{}, fmt.Errorf("search: query has %d words, at most %d are searched; use fewer: %w", n, maxQueryWords, ErrQuery)
	}
	q.Prefix = lastWord && len(s) > 0 && !unicode.IsSpace(rune(s[len(s)-1]))
	return q, nil
}

// maxQueryWords caps the words and phrase words of a query.
const maxQueryWords = 32

func (q *Query) wordCount() int {
	n := len(q.Words)
	for _, p := range q.Phrases {
		n += len(p)
	}
	return n
}

func (q *Query) addFilter(key, value string) error {
	if strings.TrimSpace(value) == "" {
		return fmt.Errorf("search: filter %s: needs a value: %w", key, ErrQuery)
	}
	switch key {
	case "tag":
		q.Tags = append(q.Tags, fold(value))
	case "source", "site":
		q.Sources = append(q.Sources, fold(value))
	case "color", "colour":
		q.Colors = append(q.Colors, fold(value))
	case "in":
		f, ok := inValues[fold(value)]
		if !ok {
			return fmt.Errorf("search: in:%s: want title, text, highlights, notes or tags: %w", value, ErrQuery)
		}
		q.In |= f
	case "is":
		st, ok := isValues[fold(value)]
		if !ok {
			return fmt.Errorf("search: is:%s: want favourite, archived, unread or read: %w", value, ErrQuery)
		}
		q.Is |= st
	case "before", "after":
		if _, err := time.Parse(time.DateOnly, value); err != nil {
			return fmt.Errorf("search: %s:%s: want a date like 2024-01-31: %w", key, value, ErrQuery)
		}
		if key == "before" {
			q.Before = value
		} else {
			q.After = value
		}
	}
	return nil
}

// filterKeys are the keys a "key:value" term is a filter for.
var filterKeys = map[string]bool{
	"tag": true, "source": true, "site": true, "color": true, "colour": true,
	"in": true, "is": true, "before": true, "after": true,
}

// lexer walks a query's runes.
type lexer struct {
	s []rune
	i int
}

func (p *lexer) done() bool { return p.i >= len(p.s) }
func (p *lexer) peek() rune { return p.s[p.i] }

func (p *lexer) skipSpace() {
	for !p.done() && unicode.IsSpace(p.peek()) {
		p.i++
	}
}

// quoted reads a quoted string from the opening quote to the closing one or
// the end of the query.
func (p *lexer) quoted() string {
	p.i++
	start := p.i
	for !p.done() && p.peek() != '"' {
		p.i++
	}
	v := string(p.s[start:p.i])
	if !p.done() {
		p.i++
	}
	return v
}

// term reads a bare term up to a space or a quote. A known "key:" followed
// by a quote takes the quoted string as its value.
func (p *lexer) term() (key, value string, isFilter bool) {
	start := p.i
	for !p.done() && !unicode.IsSpace(p.peek()) && p.peek() != '"' {
		if p.peek() == ':' && filterKeys[strings.ToLower(string(p.s[start:p.i]))] {
			key = strings.ToLower(string(p.s[start:p.i]))
			p.i++
			if !p.done() && p.peek() == '"' {
				return key, p.quoted(), true
			}
			vs := p.i
			for !p.done() && !unicode.IsSpace(p.peek()) {
				p.i++
			}
			return key, string(p.s[vs:p.i]), true
		}
		p.i++
	}
	if p.i == start { // a lone quote-less character we cannot use
		p.i++
	}
	return "", string(p.s[start:p.i]), false
}
