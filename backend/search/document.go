package search

import "time"

// Doc is what the index needs to know about one article. The index keeps
// only the metadata and the words' postings, never Text; snippets of the top
// results are cut from Docs the caller loads again through Options.Source.
type Doc struct {
	ID    uint64
	Title string
	// Text is the article's canonical plain text (paragraphs joined by
	// "\n\n"); Hit.Start and Hit.End are code-point offsets into it.
	Text string
	Tags []string
	// Source is the site or file name the article came from.
	Source string
	// Published is an ISO date ("2024-01-21"), possibly with a time; may be "".
	Published string
	Added     time.Time
	Favourite bool
	Archived  bool
	Read      bool
	// Highlights are indexed with their quotes, notes and tags.
	Highlights []Highlight
	// Note is the article note.
	Note string
}

// Highlight is one highlighted passage of an article.
type Highlight struct {
	ID    string
	Quote string
	Note  string
	Color string
	Tags  []string
	// Start and End are code-point offsets of the quote in Doc.Text.
	Start, End int
}

// TextSource loads a whole article again, for the snippets and phrase checks
// of the few results that need them.
type TextSource func(id uint64) (Doc, error)

// Options tune one search.
type Options struct {
	// Limit caps the number of results; 0 means DefaultLimit.
	Limit int
	// Filter, when set, keeps only the articles for which it returns true.
	Filter func(id uint64) bool
	// Source loads articles for snippets, highlight and note hits and for
	// checking "exact phrases". Without it results carry title and tag hits
	// only, and a phrase matches any article holding all of its words.
	Source TextSource
	// Hits is how many of the top results get all their hits (and the
	// proximity bonus); 0 means SnippetResults. A list of highlights needs
	// the hits of every result, as each names the highlight it is in.
	Hits int
}

// DefaultLimit is the number of results when Options.Limit is 0.
const DefaultLimit = 50

// Results is a ranked list of articles, best first.
type Results []Result

// Result is one matching article.
type Result struct {
	ID    uint64
	Title string
	Score float64
	// Hits are the matching passages, best first; the top SnippetResults
	// results have them, the rest only title and tag hits.
	Hits []Hit
}

// Hit kinds, the field of the article a Hit comes from.
const (
	KindTitle     = "title"
	KindText      = "text"
	KindHighlight = "highlight"
	KindNote      = "note"
	KindTag       = "tag"
)

// Hit is one matching passage of an article.
type Hit struct {
	// Kind is one of KindTitle, KindText, KindHighlight, KindNote, KindTag.
	Kind string
	// HighlightID is set for the hits in a highlight's quote, note or tags.
	HighlightID string
	// Snippet is the passage, cut at word boundaries with "…" where cut.
	Snippet string
	// Positions are the matched rune offsets within Snippet, ascending.
	Positions []int
	// Start and End are the code-point offsets of the passage in Doc.Text
	// (text hits) or of the highlight's quote (highlight hits); else 0.
	Start, End int
	// Terms has bit i set when the passage holds query term i (the words,
	// then the words of the phrases, in query order; bits past 63 are not
	// kept). A caller listing highlights tells by them whether one
	// highlight holds every term, as the article it is in does.
	Terms uint64
}
