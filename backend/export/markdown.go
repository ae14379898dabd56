package export

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

// The lines that delimit the part of a Markdown file Gloss owns. They are
// Obsidian comments, so they do not show in preview.
const (
	beginMarker = "%% gloss:begin %%"
	endMarker   = "%% gloss:end %%"
	regionHint  = "%% Gloss rewrites the text between these markers on every export; write above or below them. %%"
)

// managedKeys are the front-matter keys Gloss writes; any other key is the
// user's and survives a re-export.
var managedKeys = map[string]bool{
	"title": true, "author": true, "source": true, "url": true,
	"published": true, "tags": true, "gloss_id": true, "gloss_link": true,
}

// articleFields is the front matter of one article's file.
func articleFields(a *Article) []field {
	tags := make([]string, 0, len(a.Tags))
	for _, t := range a.Tags {
		if t = obsidianTag(t); t != "" {
			tags = append(tags, t)
		}
	}
	return []field{
		{key: "title", str: a.Title}, {key: "author", str: a.Byline},
		{key: "source", str: a.Cite()}, {key: "url", str: a.URL},
		{key: "published", str: a.Published}, {key: "tags", list: tags, isSeq: true},
		{key: "gloss_id", num: a.ID, isNum: true}, {key: "gloss_link", str: a.Link()},
	}
}

// markdownFile renders one article's whole file (front matter and region).
func markdownFile(a *Article) (fm []field, region string) {
	var b strings.Builder
	writeArticleMD(&b, a, 1)
	return articleFields(a), wrapRegion(b.String())
}

// markdownCombined renders many articles into one file's region.
func markdownCombined(arts []Article) (fm []field, region string) {
	var b strings.Builder
	for i := range arts {
		writeArticleMD(&b, &arts[i], 2)
	}
	return []field{{key: "title", str: "Gloss highlights"}}, wrapRegion(b.String())
}

func wrapRegion(body string) string {
	return beginMarker + "\n" + regionHint + "\n\n" + strings.TrimRight(body, "\n") + "\n\n" + endMarker + "\n"
}

// writeArticleMD writes an article's heading, source line, note and
// highlights, headings starting at level.
func writeArticleMD(b *strings.Builder, a *Article, level int) {
	h := strings.Repeat("#", level)
	fmt.Fprintf(b, "%s %s\n\n", h, escapeMD(a.Title))
	var meta []string
	if a.Byline != "" {
		meta = append(meta, "By "+escapeMD(a.Byline))
	}
	if c := a.Cite(); c != "" {
		meta = append(meta, escapeMD(c))
	}
	if a.Published != "" {
		meta = append(meta, escapeMD(a.Published))
	}
	if link := mdLink("Original", a.URL); link != "" {
		meta = append(meta, link)
	}
	meta = append(meta, mdLink("Open in Gloss", a.Link()))
	b.WriteString(strings.Join(meta, " · ") + "\n\n")
	if a.Note != "" {
		b.WriteString(userText(a.Note) + "\n\n")
	}
	for i := range a.Highlights {
		writeHighlightMD(b, a, &a.Highlights[i])
	}
}

// writeHighlightMD writes a highlight as a quote with its block ID on its
// own line (Obsidian's rule for quotes), then the note and a line with
// the colour's meaning, tags and the deep link.
func writeHighlightMD(b *strings.Builder, a *Article, hl *Highlight) {
	n := 0
	for _, para := range strings.Split(hl.Exact, "\n") {
		if para = strings.TrimSpace(para); para == "" {
			continue
		}
		if n++; n > 1 {
			b.WriteString(">\n")
		}
		b.WriteString("> " + escapeMD(para) + "\n")
	}
	fmt.Fprintf(b, "\n^gloss-%d\n\n", hl.ID)
	if hl.Note != "" {
		b.WriteString(userText(hl.Note) + "\n\n")
	}
	var meta []string
	if hl.ColorName != "" {
		meta = append(meta, "*"+escapeMD(hl.ColorName)+"*")
	}
	if hl.Orphan {
		meta = append(meta, "*no longer found in the text*")
	}
	for _, t := range hl.Tags {
		if t = obsidianTag(t); t != "" {
			meta = append(meta, "#"+t)
		}
	}
	meta = append(meta, mdLink("Open in Gloss", hl.Link(a)))
	b.WriteString(strings.Join(meta, " · ") + "\n\n")
}

// mdEscaper escapes the characters that would turn quoted text into
// Markdown or Obsidian syntax: emphasis, links, HTML, headings and tags,
// tables, strikethrough, ==highlights==, $math$ and %%comments%%.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`, `==`, `\=\=`,
	`$`, `\$`, `%%`, `\%\%`, `^`, `\^`,
)

// escapeMD makes s read literally in Markdown and Obsidian.
func escapeMD(s string) string {
	s = mdEscaper.Replace(s)
	// A line that starts like a list item or a rule would become one.
	if s != "" && strings.ContainsRune("-+", rune(s[0])) {
		s = `\` + s
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }); i > 0 && (s[i] == '.' || s[i] == ')') {
		s = s[:i] + `\` + s[i:]
	}
	return s
}

// mdLink returns a Markdown link to u, or "" for a URL that is not web
// or gloss://. Characters that end a link destination are escaped.
func mdLink(text, u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https" && p.Scheme != "gloss") {
		return ""
	}
	return "[" + text + "](" + linkEscaper.Replace(u) + ")"
}

// linkEscaper percent-encodes what would end a Markdown link destination.
var linkEscaper = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E")

// obsidianTag turns a tag into one Obsidian accepts: letters, digits, _,
// - and /, not only digits (a leading _ is added then); spaces become
// dashes.
func obsidianTag(t string) string {
	t = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '/':
			return r
		case unicode.IsSpace(r):
			return '-'
		}
		return -1
	}, t)
	if t != "" && strings.IndexFunc(t, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
		return "_" + t
	}
	return t
}
