package html

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
	"gloss/backend/parse/markup"
)

// FuzzParse checks that no input panics and that every article obeys the
// model's invariants and carries no markup from scripts.
func FuzzParse(f *testing.F) {
	for _, p := range []string{"testdata/article.html", "testdata/hostile.html", "testdata/rtl.html", "testdata/latin1.html"} {
		f.Add(mustRead(f, p))
	}
	f.Add([]byte("<table><table><p>x</p>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, err := Parse("fuzz.html", data)
		if err != nil {
			return
		}
		if len(arts) != 1 {
			t.Fatalf("got %d articles, want 1", len(arts))
		}
		checkInvariants(t, arts[0])
		for _, code := range scriptTexts(data) {
			if strings.Contains(arts[0].Text, code) {
				t.Fatalf("got script content %q in the text", code)
			}
		}
	})
}

// scriptTexts returns the contents of the page's <script> elements that are
// long enough not to match ordinary text by chance.
func scriptTexts(data []byte) []string {
	doc, err := html.Parse(bytes.NewReader(decode(data)))
	if err != nil {
		return nil
	}
	var out []string
	find(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Script && n.FirstChild != nil {
			if s := strings.TrimSpace(n.FirstChild.Data); len(s) >= 12 {
				out = append(out, s)
			}
		}
		return false
	})
	return out
}

func checkInvariants(t *testing.T, a model.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Fatalf("got invalid UTF-8")
	}
	runes := []rune(a.Text)
	for _, b := range a.Blocks {
		if b.Text == "" && (b.Kind != model.Figure || b.Src == "") {
			t.Fatalf("got an empty block")
		}
		if b.Src != "" && !markup.Local(b.Src) {
			t.Fatalf("got a picture address off the page: %q", b.Src)
		}
		if !b.Kind.InBody() {
			continue
		}
		if b.Start < 0 || b.End > len(runes) || string(runes[b.Start:b.End]) != b.Text {
			t.Fatalf("got block offsets [%d,%d) that do not hold %q", b.Start, b.End, b.Text)
		}
	}
}
