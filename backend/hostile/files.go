package hostile

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Kind names the shape of file a payload is carried in.
type Kind string

// The kinds of file each payload is imported as.
const (
	Page     Kind = "html"     // a saved web page, the payload as raw markup
	Markdown Kind = "markdown" // a Markdown article with front matter
	Text     Kind = "text"     // a plain-text article
	Dump     Kind = "dump"     // a copy-paste dump with its page chrome
)

// Kinds lists every kind, in the order Files returns them.
var Kinds = []Kind{Page, Markdown, Text, Dump}

// File is one file to import.
type File struct {
	Name string
	Kind Kind
	Data []byte
}

// Files returns the payload carried in each kind of file. The payload
// stands in the title, in the body as a paragraph of its own and inside a
// sentence, so that it reaches the title, the list row, the reader and the
// search index alike.
func Files(p Payload) []File {
	out := make([]File, 0, len(Kinds))
	for _, k := range Kinds {
		out = append(out, file(p, k))
	}
	return out
}

// Lead is the ordinary sentence every article opens with; a highlight of
// it gives the tests a quote to hang a hostile note on.
const Lead = "This article carries a hostile payload between ordinary paragraphs"

func file(p Payload, k Kind) File {
	title := fmt.Sprintf("Hostile %s %03d", k, p.N)
	paras := []string{
		fmt.Sprintf("%s, so that a parser keeps it as the body of a news story (payload %d).", Lead, p.N),
		p.Text,
		"Before the payload " + p.Text + " and after it, the sentence goes on.",
		"The officials said the talks would resume next week, after both delegations had consulted their capitals.",
		"Residents of the city described long queues for water and bread, and a night of shelling near the port.",
		"Analysts expect the figures to be revised once the statistics office publishes its quarterly survey.",
		"A closing paragraph long enough to read like the end of a report, with a few more ordinary words in it.",
	}
	name := fmt.Sprintf("hostile-%03d", p.N)
	var b strings.Builder
	switch k {
	case Page:
		name += ".html"
		fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>%s %s</title>\n", title, p.Text)
		b.WriteString("<link rel=\"canonical\" href=\"javascript:window.__pwned=1000\">\n")
		fmt.Fprintf(&b, "<meta property=\"og:image\" content=\"http://evil.example/og.png\">\n</head><body>\n")
		b.WriteString("<nav><a href=\"/\">Home</a> <a href=\"javascript:window.__pwned=1001\">World</a></nav>\n<article>\n")
		fmt.Fprintf(&b, "<h1>%s %s</h1>\n", title, p.Text)
		for i, para := range paras {
			if i == 1 {
				b.WriteString(para + "\n")
				continue
			}
			fmt.Fprintf(&b, "<p>%s</p>\n", para)
		}
		b.WriteString("<figure><img src=\"http://evil.example/figure.png\" alt=\"A remote picture\"><figcaption>A caption under a remote picture.</figcaption></figure>\n")
		b.WriteString("</article>\n</body></html>\n")
	case Markdown:
		name += ".md"
		fmt.Fprintf(&b, "---\ntitle: %s\nurl: javascript:window.__pwned=1002\n---\n\n# %s\n\n", title, title)
		b.WriteString(strings.Join(paras, "\n\n") + "\n")
	case Text:
		name += ".txt"
		title += " " + strings.ReplaceAll(p.Text, "\n", " ")
		fmt.Fprintf(&b, "%s\n\n%s\n", title, strings.Join(paras, "\n\n"))
	case Dump:
		name += "-dump.txt"
		title += " " + strings.ReplaceAll(p.Text, "\n", " ")
		fmt.Fprintf(&b, "%s\nShare\nFacebook\nTwitter\nWhatsApp\nPrint\nThursday, 14 July, 2024 - 23:58\n\n%s\n\n%s\n\n\n", title, title, strings.Join(paras, "\n\n"))
	}
	return File{Name: name, Kind: k, Data: []byte(b.String())}
}

// Tag returns the payload as a tag the library accepts: no commas, at most
// 60 bytes.
func Tag(p Payload) string {
	t := strings.ReplaceAll(p.Text, ",", " ")
	for len(t) > 60 {
		_, size := utf8.DecodeLastRuneInString(t)
		t = t[:len(t)-size]
	}
	return strings.TrimSpace(t)
}
