package exchange

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"gloss/backend/model"
)

// MaxSize is the largest export Parse reads. A Kindle's clippings or a
// wallabag export with article HTML stays far below it.
const MaxSize = 256 << 20

// maxItems is the most items (and separately the most highlights) one
// export may hold; a million is several lifetimes of reading.
const maxItems = 1 << 20

// Highlight is one highlight, note or comment of an export.
type Highlight struct {
	// Quote is the highlighted text; empty for a note on the whole
	// document (a Hypothesis page note, a Kindle note with no highlight
	// at its location).
	Quote string `json:"quote,omitempty"`
	// Prefix and Suffix are the text just before and after the quote,
	// when the export records them (TextQuoteSelector).
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	// Note is the user's own text about the quote.
	Note  string   `json:"note,omitempty"`
	Color string   `json:"color,omitempty"`
	Tags  []string `json:"tags,omitempty"`
	// Start and End are code-point offsets of Quote: in the Item's
	// Article.Text when it has an Article, else in the annotated
	// document's text (TextPositionSelector); -1 when unknown.
	Start int `json:"start"`
	End   int `json:"end"`
	// Location is where the source app places the quote, in its own
	// words: "page 27, location 398-399", "/p[1]:0-/p[1]:12".
	Location string    `json:"location,omitempty"`
	Created  time.Time `json:"created,omitzero"`
}

// Item is one document of an export: an article, a saved link, or a book
// with its highlights.
type Item struct {
	// Title is never empty: the URL stands in when the export has none.
	Title  string `json:"title"`
	Author string `json:"author,omitempty"`
	URL    string `json:"url,omitempty"`
	// Site is the publisher or, failing that, the URL's host.
	Site string `json:"site,omitempty"`
	// Published is an ISO 8601 date-time, as in model.Article.
	Published string   `json:"published,omitempty"`
	Tags      []string `json:"tags,omitempty"`
	// Folder is the folder path the item was filed in ("Bookmarks bar /
	// News"), for bookmarks and Instapaper folders.
	Folder   string    `json:"folder,omitempty"`
	Archived bool      `json:"archived,omitempty"`
	Starred  bool      `json:"starred,omitempty"`
	Added    time.Time `json:"added,omitzero"`
	// Article is the text, nil when the export has none (reading lists,
	// annotations of web pages). For books known only by their highlights
	// (Kindle, Readwise books without a URL) it is built from the quotes,
	// one paragraph each in reading order.
	Article    *model.Article `json:"article,omitempty"`
	Highlights []Highlight    `json:"highlights,omitempty"`
}

// Format names an export format.
type Format string

// The formats Sniff tells apart.
const (
	Kindle        Format = "kindle"        // Kindle "My Clippings.txt"
	KindleBackup  Format = "kindle-backup" // NDJSON backup of the clippings app (yakimka/clippings)
	Readwise      Format = "readwise"      // Readwise CSV, export or import layout
	Hypothesis    Format = "hypothesis"    // Hypothesis API annotations
	W3C           Format = "w3c"           // W3C Web Annotation JSON-LD
	Wallabag      Format = "wallabag"      // wallabag v1 or v2 JSON
	Omnivore      Format = "omnivore"      // Omnivore JSON
	PocketHTML    Format = "pocket-html"   // Pocket's ril_export.html
	PocketCSV     Format = "pocket-csv"    // Pocket's CSV export
	Instapaper    Format = "instapaper"    // Instapaper CSV
	Bookmarks     Format = "bookmarks"     // browser bookmarks: Netscape HTML, Chrome or Firefox JSON
	Pinboard      Format = "pinboard"      // Pinboard JSON
	Delicious     Format = "delicious"     // Delicious JSON
	ElCurator     Format = "elcurator"     // elCurator JSON
	ReadabilityRL Format = "readability"   // Readability (the defunct service) JSON
)

// parsers reads each format from UTF-8 text without a byte-order mark.
var parsers = map[Format]func(name string, data []byte) ([]Item, error){
	Kindle: parseKindle, KindleBackup: parseKindleBackup, Readwise: parseReadwise,
	Hypothesis: parseHypothesis, W3C: parseW3C, Wallabag: parseWallabag, Omnivore: parseOmnivore,
	PocketHTML: parsePocketHTML, PocketCSV: parsePocketCSV, Instapaper: parseInstapaper,
	Bookmarks: parseBookmarks, Pinboard: parseLinks, Delicious: parseLinks, ElCurator: parseLinks,
	ReadabilityRL: parseLinks,
}

// Sniff tells the export format of data from its first 64 KiB, and false
// when data is not an export this package reads.
func Sniff(data []byte) (Format, bool) {
	f := sniff(toUTF8(head(data, sniffLen)))
	return f, f != ""
}

// Parse reads the export file called name. Its errors wrap ErrUnknown,
// ErrMalformed, ErrTooLarge, ErrTooDeep or ErrEmpty, and name the file.
func Parse(name string, data []byte) (Format, []Item, error) {
	if len(data) > MaxSize {
		return "", nil, fmt.Errorf("exchange: %s: %d MB: %w", name, len(data)>>20, ErrTooLarge)
	}
	text := toUTF8(data)
	f := sniff(head(text, sniffLen))
	if f == "" {
		return "", nil, fmt.Errorf("exchange: %s: %w", name, ErrUnknown)
	}
	items, err := parsers[f](name, text)
	if err != nil {
		return f, nil, err
	}
	if len(items) == 0 {
		return f, nil, fmt.Errorf("exchange: %s: %s export: %w", name, f, ErrEmpty)
	}
	if n := countHighlights(items); len(items) > maxItems || n > maxItems {
		return f, nil, fmt.Errorf("exchange: %s: %d items, %d highlights: %w", name, len(items), n, ErrTooLarge)
	}
	for i := range items {
		tidy(&items[i])
	}
	return f, items, nil
}

func countHighlights(items []Item) int {
	n := 0
	for _, it := range items {
		n += len(it.Highlights)
	}
	return n
}

// tidy folds an item's text fields, drops empty and repeated tags, and
// fills Title and Site from the URL where the export left them out.
func tidy(it *Item) {
	it.Title = model.Fold(it.Title)
	it.Author = model.Fold(it.Author)
	it.URL = strings.TrimSpace(it.URL)
	it.Site = model.Fold(it.Site)
	it.Folder = model.Fold(it.Folder)
	it.Tags = cleanTags(it.Tags)
	if it.Site == "" && it.URL != "" {
		if u, err := url.Parse(it.URL); err == nil {
			it.Site = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	if it.Title == "" {
		it.Title = it.URL
	}
	if it.Title == "" {
		it.Title = "Untitled"
	}
	for i := range it.Highlights {
		h := &it.Highlights[i]
		h.Tags = cleanTags(h.Tags)
		h.Note = strings.TrimSpace(h.Note)
	}
}

// cleanTags trims tags and drops empty and repeated ones, keeping order.
func cleanTags(tags []string) []string {
	var out []string
	for _, t := range tags {
		t = model.Fold(t)
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// splitTags splits a tag list written as one string ("a,b", "a|b").
func splitTags(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
}
