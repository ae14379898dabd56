package export

import (
	"fmt"
	"strings"
)

// Format names an export format.
type Format string

// The export formats.
const (
	Markdown Format = "md"   // Obsidian-ready Markdown
	CSV      Format = "csv"  // Readwise's CSV import
	JSON     Format = "json" // W3C Web Annotation JSON-LD
	HTML     Format = "html" // one printable, self-contained page
	Text     Format = "txt"  // plain-text citations
)

// Formats lists the formats in the order a menu shows them.
var Formats = []Format{Markdown, CSV, JSON, HTML, Text}

// ParseFormat checks a format name from the UI or the command line.
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimPrefix(s, ".")))
	for _, known := range Formats {
		if f == known {
			return f, nil
		}
	}
	return "", fmt.Errorf("export: format %q: %w", s, ErrUnknownFormat)
}

// Ext returns the file extension of the format, with its dot.
func (f Format) Ext() string { return "." + string(f) }

// Options tune an export.
type Options struct {
	// OneFile writes Markdown as one file for all articles instead of one
	// file per article. The other formats are always one file.
	OneFile bool
	// Name is the file name, without extension, of a one-file export
	// (made safe with SafeName). Empty means the article's title for one
	// article and "Gloss highlights" for more.
	Name string
	// Overwrite replaces an existing one-file export of the same name;
	// otherwise the new file is written beside it as "Name (2)". Markdown
	// is never overwritten: a file Gloss wrote is updated in place,
	// keeping the user's text, and any other goes beside it.
	Overwrite bool
	// Progress, when set, is called after each file of a Markdown export
	// with one file per article, so a large export can show how far it is.
	Progress func(done, total int)
}

// Summary says what an export wrote.
type Summary struct {
	Dir        string
	Files      []string // names of the files written, in order
	Updated    int      // how many of Files existed and were updated in place
	Articles   int
	Highlights int
}

// String is the summary shown to the user.
func (s Summary) String() string {
	out := fmt.Sprintf("Wrote %s (%s, %s) to %s", plural(len(s.Files), "file"), plural(s.Articles, "article"), plural(s.Highlights, "highlight"), s.Dir)
	if s.Updated > 0 {
		out += fmt.Sprintf("; %d updated in place, your own text kept", s.Updated)
	}
	return out
}

// Render returns a one-file rendering of arts: for Markdown, the file of
// the one article when there is one and OneFile is not set, else the
// combined file. Write uses it; tests and the command line call it
// directly.
func Render(format Format, arts []Article, opts Options) ([]byte, error) {
	var out []byte
	var err error
	switch format {
	case Markdown:
		fields, region := markdownCombined(arts)
		if len(arts) == 1 && !opts.OneFile {
			fields, region = markdownFile(&arts[0])
		}
		var s string
		s, err = composeMarkdown("", fields, region)
		out = []byte(s)
	case CSV:
		out, err = renderCSV(arts)
	case JSON:
		out, err = renderAnnotations(arts)
	case HTML:
		out, err = renderHTML(arts)
	case Text:
		out = renderText(arts)
	default:
		return nil, fmt.Errorf("export: format %q: %w", format, ErrUnknownFormat)
	}
	if err != nil {
		return nil, fmt.Errorf("export: render %s: %w", format, err)
	}
	return out, nil
}

// plural writes a count with its noun, in the singular for one.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
