// Command extractbench prints how Gloss's extractors score on the test
// corpus: HTML article extraction beside the other extractors' published
// output, text-dump body picking beside the raw dump, and metadata against
// Mozilla Readability's expectations.
//
//	go run ./backend/extractbench/cmd/extractbench [-corpus DIR]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gloss/backend/extractbench"
	"gloss/backend/parse"
	"gloss/backend/parse/html"
	"gloss/backend/parse/text"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus", "the test corpus folder")
	flag.Parse()
	if err := run(*corpus); err != nil {
		fmt.Fprintln(os.Stderr, "extractbench:", err)
		os.Exit(1)
	}
}

func run(corpus string) error {
	if err := extraction(filepath.Join(corpus, "extraction")); err != nil {
		return err
	}
	if err := dumps(filepath.Join(corpus, "text-dumps")); err != nil {
		return err
	}
	return metadata(filepath.Join(corpus, "readability"))
}

func row(name string, s extractbench.Score) {
	fmt.Printf("  %-24s F1 %.3f  precision %.3f  recall %.3f\n", name, s.F1, s.Precision, s.Recall)
}

func extraction(dir string) error {
	pages, err := extractbench.LoadPages(dir)
	if err != nil {
		return err
	}
	peers, err := extractbench.LoadPeers(dir)
	if err != nil {
		return err
	}
	var ours []extractbench.Match
	for _, p := range pages {
		got := ""
		if arts, err := html.Parse(p.ID, p.HTML); err == nil {
			got = arts[0].Text
		}
		ours = append(ours, extractbench.Compare(p.Truth, got))
	}
	type result struct {
		name  string
		score extractbench.Score
	}
	results := []result{{"gloss (parse/html)", extractbench.Summarize(ours)}}
	for name, texts := range peers {
		var ms []extractbench.Match
		for _, p := range pages {
			ms = append(ms, extractbench.Compare(p.Truth, texts[p.ID]))
		}
		results = append(results, result{name, extractbench.Summarize(ms)})
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].score.F1 > results[j].score.F1 })
	fmt.Printf("extraction: %d HTML pages, 4-word shingles\n", len(pages))
	for _, r := range results {
		row(r.name, r.score)
	}
	return nil
}

func dumps(dir string) error {
	ds, err := extractbench.LoadDumps(dir)
	if err != nil {
		return err
	}
	var ours, sniffed, raw []extractbench.Match
	for _, d := range ds {
		got := ""
		if arts, err := text.ParsePage(d.ID, d.Text); err == nil {
			got = arts[0].Text
		}
		ours = append(ours, extractbench.Compare(d.Truth, got))
		// The same page through the format sniffer, as an import reads it.
		got = ""
		if arts, err := parse.File(d.ID, d.Text); err == nil {
			var texts []string
			for _, a := range arts {
				texts = append(texts, a.Text)
			}
			got = strings.Join(texts, "\n\n")
		}
		sniffed = append(sniffed, extractbench.Compare(d.Truth, got))
		raw = append(raw, extractbench.Compare(d.Truth, string(d.Text)))
	}
	fmt.Printf("\ntext-dumps: %d whole-page text dumps\n", len(ds))
	row("gloss (text.ParsePage)", extractbench.Summarize(ours))
	row("gloss (parse.File)", extractbench.Summarize(sniffed))
	row("raw dump", extractbench.Summarize(raw))
	return nil
}

func metadata(dir string) error {
	cases, err := extractbench.LoadCases(dir)
	if err != nil {
		return err
	}
	var title, byline, date, site, lang, dir2 extractbench.Tally
	for _, c := range cases {
		var got struct{ Title, Byline, Published, Site, Lang, Dir string }
		if arts, err := html.Parse(c.Name, c.Source); err == nil {
			a := arts[0]
			got.Title, got.Byline, got.Published, got.Site, got.Lang, got.Dir = a.Title, a.Byline, a.Published, a.Site, a.Lang, a.Dir
		}
		title.Add(c.Want.Title, got.Title, extractbench.SameText)
		byline.Add(c.Want.Byline, got.Byline, extractbench.SameText)
		date.Add(c.Want.PublishedTime, got.Published, extractbench.SameDay)
		site.Add(c.Want.SiteName, got.Site, extractbench.SameText)
		lang.Add(c.Want.Lang, got.Lang, extractbench.SameLang)
		dir2.Add(c.Want.Dir, got.Dir, extractbench.SameLang)
	}
	fmt.Printf("\nreadability metadata: %d pages, exact answers where a value is expected\n", len(cases))
	for _, f := range []struct {
		name string
		t    extractbench.Tally
	}{{"title", title}, {"byline", byline}, {"published date", date}, {"site name", site}, {"language", lang}, {"direction", dir2}} {
		fmt.Printf("  %-16s %3d/%-3d %5.1f%%\n", f.name, f.t.Right, f.t.Cases, 100*f.t.Share())
	}
	return nil
}
