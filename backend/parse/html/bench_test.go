package html

import (
	"bytes"
	"strings"
	"testing"
)

// savedPage returns a page of about 1 MB shaped like a saved news page:
// the hand-made article (about 20 paragraphs' worth) inside a megabyte of
// inline scripts, styles and navigation, which is what makes saved pages
// big.
func savedPage(tb testing.TB) []byte {
	page := string(mustRead(tb, "testdata/article.html"))
	body := page[strings.Index(page, "<article>"):strings.Index(page, "</article>")]
	var chrome strings.Builder
	for i := 0; chrome.Len() < 1<<20; i++ {
		chrome.WriteString(`<script>window.__data=window.__data||[];window.__data.push({id:` + strings.Repeat("1234567890", 8) + `});</script>`)
		chrome.WriteString(`<style>.c{color:#333;margin:0 auto;padding:4px 8px}</style>`)
		chrome.WriteString(`<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Business</a></li><li><a href="/c">Sport</a></li></ul></nav>`)
	}
	return []byte(strings.Replace(page, "<article>", chrome.String()+"<article>"+body, 1))
}

// textPage returns a page of about 1 MB of article text: the hand-made
// body repeated, with chrome between the copies. No real article is this
// long; it measures the worst case.
func textPage(tb testing.TB) []byte {
	page := mustRead(tb, "testdata/article.html")
	start := bytes.Index(page, []byte("<article>"))
	end := bytes.Index(page, []byte("</article>"))
	body := string(page[start+len("<article>") : end])
	var sb strings.Builder
	sb.Write(page[:start])
	sb.WriteString("<article>")
	for sb.Len() < 1<<20 {
		sb.WriteString(body)
		sb.WriteString(`<div class="related"><a href="/a">Related story</a></div>`)
	}
	sb.Write(page[end:])
	return []byte(sb.String())
}

func BenchmarkParse(b *testing.B) {
	page := savedPage(b)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Parse("saved.html", page); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse_TextHeavy(b *testing.B) {
	page := textPage(b)
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Parse("big.html", page); err != nil {
			b.Fatal(err)
		}
	}
}
