package epub

import (
	"fmt"
	"strings"
	"testing"
)

// novel returns a book shaped like a long novel: 40 chapters of 60
// paragraphs (about 1.3 MB of XHTML, 200,000 words) with a navigation
// document, a cover image and a stylesheet.
func novel(tb testing.TB) []byte {
	tb.Helper()
	para := "<p>The tide turned at four, and the keeper, who had watched it turn for thirty years, " +
		"wrote the hour in the log in a hand that had <em>never once</em> slipped, then climbed " +
		"the hundred and twelve steps to trim the wick before the light was needed.</p>\n"
	var manifest, spine, nav strings.Builder
	files := []entry{{name: "OEBPS/cover.jpg", body: strings.Repeat("\xff", 200<<10), store: true},
		{name: "OEBPS/style.css", body: "p { margin: 0; text-indent: 1.2em }"}}
	for i := 1; i <= 40; i++ {
		fmt.Fprintf(&manifest, `<item id="c%d" href="text/c%d.xhtml" media-type="application/xhtml+xml"/>`, i, i)
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, i)
		fmt.Fprintf(&nav, `<li><a href="../text/c%d.xhtml">Chapter %d</a></li>`, i, i)
		body := fmt.Sprintf(`<section epub:type="chapter"><h1>Chapter %d</h1>`, i) + strings.Repeat(para, 60) + "</section>"
		files = append(files, entry{name: fmt.Sprintf("OEBPS/text/c%d.xhtml", i), body: xhtml(body)})
	}
	manifest.WriteString(`<item id="nav" href="nav/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`)
	files = append(files, entry{name: "OEBPS/nav/nav.xhtml", body: xhtml(`<nav epub:type="toc"><ol>` + nav.String() + `</ol></nav>`)})
	return book(tb, opf3("The Keeper", manifest.String(), spine.String()), files...)
}

func BenchmarkParse(b *testing.B) {
	data := novel(b)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Parse("novel.epub", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLooks(b *testing.B) {
	data := novel(b)
	for b.Loop() {
		if !Looks(data) {
			b.Fatal("Looks = false, want true")
		}
	}
}
