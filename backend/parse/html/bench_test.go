package html

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"gloss/backend/extractbench"
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

// benchParse measures Parse on one page. Besides wall time it reports the
// CPU time per page (all threads, the garbage collector's included), which
// other work on a busy machine does not inflate.
func benchParse(b *testing.B, name string, page []byte) {
	b.SetBytes(int64(len(page)))
	start := cpuTime()
	for b.Loop() {
		if _, err := Parse(name, page); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}

func BenchmarkParse(b *testing.B) { benchParse(b, "saved.html", savedPage(b)) }

func BenchmarkParse_TextHeavy(b *testing.B) { benchParse(b, "big.html", textPage(b)) }

// BenchmarkParse_Corpus parses every page of the extraction benchmark
// (real saved pages, up to 1 MB), reporting the mean time per page.
func BenchmarkParse_Corpus(b *testing.B) {
	dir := corpus + "/extraction"
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("test corpus not found at %s: %v", dir, err)
	}
	pages, err := extractbench.LoadPages(dir)
	if err != nil {
		b.Fatal(err)
	}
	start := cpuTime()
	for b.Loop() {
		for _, p := range pages {
			Parse(p.ID, p.HTML)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N*len(pages)), "ms/page")
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N*len(pages))/1e6, "cpu-ms/page")
}
