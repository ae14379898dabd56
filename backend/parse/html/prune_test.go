package html

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Ensure that strip drops scripts, styles, drawings and comments exactly
// where the tokenizer says they end, and keeps JSON-LD and all text.
func TestStrip(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"author":"A"}</script>` +
		`<style>p{color:red}</style><SCRIPT>var s = "<p>not text</p>";</SCRIPT></head><body>` +
		`<!-- <script> a comment is not a script --><p>First paragraph.</p>` +
		`<svg><svg><text>drawn</text></svg><text>also drawn</text></svg>` +
		`<p>Second paragraph.</p><script>if (a < b) { document.write("</div>") }</script><p>Third.</p></body></html>`
	got := string(strip([]byte(page)))
	for _, want := range []string{`{"author":"A"}`, "<p>First paragraph.</p>", "<p>Second paragraph.</p>", "<p>Third.</p>"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want it to keep %q", got, want)
		}
	}
	for _, gone := range []string{"color:red", "not text", "a comment", "drawn", "document.write"} {
		if strings.Contains(got, gone) {
			t.Errorf("got %q, want %q dropped", got, gone)
		}
	}
}

// Ensure that menus are pruned only when they are most of the page.
func TestPrune_Menus(t *testing.T) {
	menu := `<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav>`
	article := `<article><p>` + strings.Repeat("Some words of the article. ", 20) + `</p></article>`
	tests := []struct {
		name     string
		page     string
		wantNavs int
	}{
		{"one menu", menu + article + article + article + article + article + article, 1},
		{"mostly menus", strings.Repeat(menu, 50) + article, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			prune(doc)
			var buf bytes.Buffer
			html.Render(&buf, doc)
			if got := strings.Count(buf.String(), "<nav>"); got != tt.wantNavs {
				t.Errorf("got %d menus left, want %d", got, tt.wantNavs)
			}
		})
	}
}

// Ensure that the one-pass body finder picks the article's sections over
// a menu, comments in the footer and a list of related links.
func TestDensest(t *testing.T) {
	para := func(s string) string { return "<p>" + strings.Repeat(s+" ", 12) + "</p>" }
	page := `<html><body>
<ul><li>Home</li><li>World</li><li>Business and money</li></ul>
<main><div class="intro">` + para("Intro words here.") + `</div>
<div class="section">` + para("Section one words.") + para("More of section one.") + `</div>
<div class="section">` + para("Section two words.") + `
<div class="related"><a href="/1">A related story with a long title</a> <a href="/2">Another related story title</a></div></div>
<footer><ol><li>` + para("A comment that goes on and on.") + `</li><li>` + para("Another comment.") + `</li></ol></footer></main>
</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, n := range densest(doc) {
		for _, b := range toBlocks(n) {
			text.WriteString(b.Text + "\n")
		}
	}
	got := text.String()
	for _, want := range []string{"Intro words", "Section one", "More of section one", "Section two"} {
		if !strings.Contains(got, want) {
			t.Errorf("got %q, want %q in the body", got, want)
		}
	}
	for _, gone := range []string{"Business", "related story", "comment"} {
		if strings.Contains(got, gone) {
			t.Errorf("got %q, want no %q", got, gone)
		}
	}
}

// Ensure that a page with more text than Readability is given still
// yields its article, without the links between the copies.
func TestParse_HugePage(t *testing.T) {
	page := textPage(t)
	arts, err := Parse("big.html", page)
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	a := arts[0]
	if a.Title != "Old bridge closed after cracks found" {
		t.Errorf("got title %q", a.Title)
	}
	if strings.Contains(a.Text, "Related story") {
		t.Errorf("got the related links in the text")
	}
	if n := strings.Count(a.Text, "The river town of Belmora woke on Tuesday"); n < 100 {
		t.Errorf("got %d copies of the first paragraph, want every copy", n)
	}
}
