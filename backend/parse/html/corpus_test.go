package html

import (
	"errors"
	"os"
	"testing"

	"gloss/backend/extractbench"
	"gloss/backend/model"
)

// corpus is the shared test corpus, read in place; it is never copied here.
const corpus = "../../../../shared/corpus"

func skipWithoutCorpus(t *testing.T, dir string) {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("test corpus not found at %s (it sits beside the project as shared/corpus): %v", dir, err)
	}
}

// Targets on the benchmark pages; a change that drops below them fails.
const (
	wantF1     = 0.97
	wantTitle  = 0.95
	wantByline = 0.85
	wantDate   = 0.90
	wantSite   = 0.90
	wantLang   = 0.95
	peerMargin = 0.0 // must be at least level with the best peer
)

// Ensure that extraction scores at least wantF1 on the benchmark pages and
// no other extractor in peers/ scores higher.
func TestParse_ExtractionCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus benchmark skipped in -short mode")
	}
	dir := corpus + "/extraction"
	skipWithoutCorpus(t, dir)
	pages, err := extractbench.LoadPages(dir)
	if err != nil {
		t.Fatal(err)
	}
	peers, err := extractbench.LoadPeers(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ms []extractbench.Match
	for _, p := range pages {
		got := ""
		if arts, err := Parse(p.ID, p.HTML); err == nil {
			got = arts[0].Text
		}
		ms = append(ms, extractbench.Compare(p.Truth, got))
	}
	ours := extractbench.Summarize(ms)
	t.Logf("gloss: F1 %.3f precision %.3f recall %.3f", ours.F1, ours.Precision, ours.Recall)
	if ours.F1 < wantF1 {
		t.Errorf("got F1 %.3f, want at least %.3f", ours.F1, wantF1)
	}
	for name, texts := range peers {
		var pm []extractbench.Match
		for _, p := range pages {
			pm = append(pm, extractbench.Compare(p.Truth, texts[p.ID]))
		}
		if s := extractbench.Summarize(pm); s.F1 > ours.F1+peerMargin {
			t.Errorf("got F1 %.3f, want above %s's %.3f", ours.F1, name, s.F1)
		}
	}
}

// Ensure that metadata matches Mozilla Readability's expectations at least
// as often as the targets say.
func TestParse_ReadabilityMetadata(t *testing.T) {
	if testing.Short() {
		t.Skip("corpus benchmark skipped in -short mode")
	}
	dir := corpus + "/readability"
	skipWithoutCorpus(t, dir)
	cases, err := extractbench.LoadCases(dir)
	if err != nil {
		t.Fatal(err)
	}
	var title, byline, date, site, lang extractbench.Tally
	for _, c := range cases {
		var a model.Article
		arts, err := Parse(c.Name, c.Source)
		switch {
		case errors.Is(err, ErrNoContent):
			// a few cases test metadata on a page with a one-word body
		case err != nil:
			t.Errorf("%s: got error %v, want none", c.Name, err)
			continue
		default:
			a = arts[0]
		}
		title.Add(c.Want.Title, a.Title, extractbench.SameText)
		byline.Add(c.Want.Byline, a.Byline, extractbench.SameText)
		date.Add(c.Want.PublishedTime, a.Published, extractbench.SameDay)
		site.Add(c.Want.SiteName, a.Site, extractbench.SameText)
		lang.Add(c.Want.Lang, a.Lang, extractbench.SameLang)
	}
	for _, f := range []struct {
		name string
		got  extractbench.Tally
		want float64
	}{{"title", title, wantTitle}, {"byline", byline, wantByline}, {"date", date, wantDate}, {"site", site, wantSite}, {"lang", lang, wantLang}} {
		if f.got.Share() < f.want {
			t.Errorf("%s: got %d/%d exact, want at least %.0f%%", f.name, f.got.Right, f.got.Cases, 100*f.want)
		}
	}
}
