package epub

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"gloss/backend/model"
)

// mustParse parses a book that must parse, and returns its article.
func mustParse(tb testing.TB, name string, data []byte) model.Article {
	tb.Helper()
	arts, err := Parse(name, data)
	if err != nil {
		tb.Fatalf("got error %v, want none", err)
	}
	if len(arts) != 1 {
		tb.Fatalf("got %d articles, want 1", len(arts))
	}
	return arts[0]
}

// kinds lists the texts of the blocks of kind k.
func kinds(a model.Article, k model.Kind) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Kind == k {
			out = append(out, b.Text)
		}
	}
	return out
}

// Ensure that an EPUB 3 reads its metadata (main title, authors but not
// translators), its chapters in spine order with their nav titles, and
// leaves out the nav document, non-linear items and images' sources.
func TestParse_EPUB3(t *testing.T) {
	a := mustParse(t, "almanac.epub", epub3Book(t))
	meta := []struct{ field, got, want string }{
		{"title", a.Title, "The Lighthouse Keeper's Almanac"},
		{"byline", a.Byline, "Maren Olsby"},
		{"published", a.Published, "2021-03-14"},
		{"lang", a.Lang, "en-GB"},
		{"site", a.Site, "Harbour Light Press"},
		{"dir", a.Dir, "ltr"},
	}
	for _, m := range meta {
		if m.got != m.want {
			t.Errorf("%s = %q, want %q", m.field, m.got, m.want)
		}
	}
	wantHeadings := []string{"I. The First Lamp", "Oil and Wick", "II. The Second Watch"}
	if got := kinds(a, model.Heading); !slices.Equal(got, wantHeadings) {
		t.Errorf("headings = %q, want %q (the nav title added once, to the chapter without one)", got, wantHeadings)
	}
	if got := kinds(a, model.ListItem); len(got) != 5 {
		t.Errorf("list items = %q, want 5", got)
	}
	if got := kinds(a, model.Quote); len(got) != 1 || !strings.HasPrefix(got[0], "A light that fails") {
		t.Errorf("quotes = %q, want the one blockquote", got)
	}
	if got := kinds(a, model.Figure); !slices.Equal(got, []string{"A white lighthouse against a stormy sky", "The Fresnel lens, drawn from above"}) {
		t.Errorf("figures = %q", got)
	}
	if got := a.Captions(); !slices.Equal(got, []string{"Figure 1. The lens has eight panels."}) {
		t.Errorf("captions = %q", got)
	}
	for _, bad := range []string{"Contents", "Begin Reading", "non-linear note", "text-indent", "jpeg", ".png"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("got %q in the text, want it left out", bad)
		}
	}
	if i, j := strings.Index(a.Text, "First Lamp"), strings.Index(a.Text, "Second Watch"); i < 0 || j < i {
		t.Errorf("chapters out of spine order: %q", a.Text)
	}
}

// Ensure that an EPUB 2 takes its chapter titles from the NCX, its authors
// from opf:role and its date from the publication event, and finds files
// whose hrefs differ from the archive in case.
func TestParse_EPUB2(t *testing.T) {
	a := mustParse(t, "letters.epub", epub2Book(t))
	if a.Byline != "Ada Hale, Cora Finch" {
		t.Errorf("byline = %q, want the two authors without the illustrator", a.Byline)
	}
	if a.Published != "2019-06-20" {
		t.Errorf("published = %q, want the publication event's date", a.Published)
	}
	if got, want := kinds(a, model.Heading), []string{"The First Letter", "The Second Letter"}; !slices.Equal(got, want) {
		t.Errorf("headings = %q, want %q", got, want)
	}
	if !strings.Contains(a.Text, "like fence posts") || !strings.Contains(a.Text, "boots & a lantern") {
		t.Errorf("entities not decoded in %q", a.Text)
	}
}

// Ensure that an Arabic book reads right to left, from the spine or from
// its language alone.
func TestParse_RTL(t *testing.T) {
	a := mustParse(t, "rtl.epub", rtlBook(t))
	if a.Dir != "rtl" || a.Lang != "ar" {
		t.Errorf("dir, lang = %q, %q, want rtl, ar", a.Dir, a.Lang)
	}
	if a.Title != "حكايات المرفأ" {
		t.Errorf("title = %q", a.Title)
	}
	var m metadata
	m.Languages = []dcValue{{Value: "fa-IR"}}
	var b model.Article
	fillMeta(&b, m, "")
	if b.Dir != "rtl" {
		t.Errorf("dir for fa-IR without a spine direction = %q, want rtl", b.Dir)
	}
}

// Ensure that scripts, styles, event handlers, javascript: URLs, hidden
// and embedded content never reach the article, and that self-closing
// XHTML tags do not swallow the text after them.
func TestParse_Hostile(t *testing.T) {
	a := mustParse(t, "hostile.epub", hostileBook(t))
	all := a.Title + "\n" + a.Text
	for _, b := range a.Blocks {
		all += "\n" + b.Text
	}
	for _, bad := range []string{"alert", "javascript:", "must not appear", "written by script", "steal", "onload", "form value", "Submit", "background", "<", "8 from"} {
		if strings.Contains(all, bad) {
			t.Errorf("got %q in the article, want it dropped", bad)
		}
	}
	for _, good := range []string{"survives the self-closing script", "keeps only its words", "link to a javascript address keeps its words", "vanish from the middle", "fallback of a switch", "after a self-closing style", "end cleanly"} {
		if !strings.Contains(a.Text, good) {
			t.Errorf("got no %q in the text, want it kept", good)
		}
	}
}

// Ensure that dc:date values at every precision EPUB allows become ISO
// 8601, and that unreadable or placeholder dates are dropped.
func TestIsoDate(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"2021-03-14", "2021-03-14"},
		{" 2021 ", "2021"},
		{"2021-03", "2021-03"},
		{"2019-06-20T00:00:00+00:00", "2019-06-20"},
		{"2019-06-20T00:00:00Z", "2019-06-20"},
		{"2019-06-20T14:30:00+02:00", "2019-06-20T14:30:00+02:00"},
		{"2019-06-20T14:30:00", "2019-06-20"},
		{"2019-06-20T14:30:00.123Z", "2019-06-20T14:30:00Z"},
		{"0101-01-01T00:00:00+00:00", ""},
		{"last spring", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := isoDate(tt.raw); got != tt.want {
			t.Errorf("isoDate(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

// Ensure that hrefs resolve against their file's folder and never outside
// the archive.
func TestResolve(t *testing.T) {
	tests := []struct {
		base, href, want string
		err              error
	}{
		{"OEBPS/content.opf", "text/ch1.xhtml", "OEBPS/text/ch1.xhtml", nil},
		{"OEBPS/nav/toc.xhtml", "../text/ch1.xhtml#s2", "OEBPS/text/ch1.xhtml", nil},
		{"content.opf", "a%20b.xhtml", "a b.xhtml", nil},
		{"", "OEBPS/content.opf", "OEBPS/content.opf", nil},
		{"OEBPS/content.opf", "../../etc/passwd", "", ErrUnsafePath},
		{"OEBPS/content.opf", "%2e%2e/%2e%2e/secret", "", ErrUnsafePath},
		{"OEBPS/content.opf", "/etc/passwd", "", ErrUnsafePath},
		{"OEBPS/content.opf", `..\..\win.ini`, "", ErrUnsafePath},
		{"OEBPS/content.opf", "https://example.com/ch1.xhtml", "", errNotInBook},
		{"OEBPS/content.opf", "data:text/html,hi", "", errNotInBook},
		{"OEBPS/content.opf", "#top", "", errNotInBook},
	}
	for _, tt := range tests {
		got, err := resolve(tt.base, tt.href)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("resolve(%q, %q) = %q, %v; want %q, %v", tt.base, tt.href, got, err, tt.want, tt.err)
		}
	}
}

// Ensure that a TOC title is added only when the chapter's own headings do
// not already say it.
func TestWithTitle(t *testing.T) {
	h := func(s string) model.Block { return model.Block{Kind: model.Heading, Text: s} }
	p := model.Block{Kind: model.Paragraph, Text: "Text."}
	tests := []struct {
		title  string
		blocks []model.Block
		added  bool
	}{
		{"Chapter One", []model.Block{h("Chapter One"), p}, false},
		{"CHAPTER ONE.", []model.Block{h("Chapter one"), p}, false},
		{"Chapter 1: The Sea", []model.Block{h("Chapter 1"), h("The Sea"), p}, false},
		{"Chapter One", []model.Block{{Kind: model.Figure, Text: "A map"}, h("Chapter One"), p}, false},
		{"Chapter One", []model.Block{p}, true},
		{"Chapter One", []model.Block{p, h("Chapter One")}, true},
		{"", []model.Block{p}, false},
	}
	for _, tt := range tests {
		got := withTitle(tt.blocks, tt.title)
		if added := len(got) == len(tt.blocks)+1; added != tt.added {
			t.Errorf("withTitle(%q) added a heading: %v, want %v", tt.title, added, tt.added)
		}
	}
}

// Ensure that Looks knows EPUBs by content: the stored mimetype first, or
// a container in any zip, and nothing else.
func TestLooks(t *testing.T) {
	noMime := zipOf(t, entry{name: containerPath, body: containerXML}, entry{name: "OEBPS/content.opf", body: "x"})
	docx := zipOf(t, entry{name: "[Content_Types].xml", body: "<Types/>"}, entry{name: "word/document.xml", body: "<w/>"})
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"epub3", epub3Book(t), true},
		{"epub2", epub2Book(t), true},
		{"container without mimetype", noMime, true},
		{"other zip", docx, false},
		{"html", []byte("<!DOCTYPE html><p>hi</p>"), false},
		{"text", []byte("application/epub+zip"), false},
		{"empty", nil, false},
		{"zip header only", []byte("PK\x03\x04"), false},
	}
	for _, tt := range tests {
		if got := Looks(tt.data); got != tt.want {
			t.Errorf("Looks(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
