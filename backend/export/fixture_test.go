package export

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gloss/backend/model"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking):\n--- got\n%s\n--- want\n%s", name, got, want)
	}
}

func at(day, hour int) time.Time { return time.Date(2024, 3, day, hour, 0, 0, 0, time.UTC) }

// sampleArticles are two hand-made articles whose text and notes exercise
// escaping: Markdown and Obsidian syntax, YAML indicators, HTML, formula
// prefixes, quotes, an emoji, a quote across two paragraphs, an orphan.
func sampleArticles() []Article {
	a := model.New("Harbour plans: the *new* pier & \"old\" quay #2", []model.Block{
		{Kind: model.Paragraph, Text: "The council voted 7-2 to rebuild the pier by 2027."},
		{Kind: model.Paragraph, Text: "Critics say the cost, =£4m, is <b>too high</b> and 50% over budget."},
		{Kind: model.Paragraph, Text: "Fishers welcome it 🎣 but want berths kept open."},
	})
	b := model.New("Night trains return", []model.Block{
		{Kind: model.Paragraph, Text: "A sleeper service will link the two capitals from May."},
	})
	return []Article{
		{
			ID: 7, Title: a.Title, Byline: "Ana Ruiz", Site: "The Coast Gazette",
			Source: "gazette.html", URL: "https://example.org/news/pier?id=1&x=(2)",
			Published: "2024-02-29", Tags: []string{"local news", "infrastructure"},
			Note: "Follow up after the vote.", Added: at(1, 9), Text: a.Text, Blocks: a.Blocks,
			Highlights: []Highlight{
				{ID: 3, Exact: "voted 7-2 to rebuild the pier", Prefix: "The council ", Suffix: " by 2027.",
					Start: 12, End: 41, Color: 0, ColorName: "Key point", Note: "Check the *minutes*.\n%% not a comment %%",
					Tags: []string{"vote"}, Created: at(2, 10), Updated: at(2, 11)},
				{ID: 4, Exact: "=£4m, is <b>too high</b>", Prefix: "say the cost, ", Suffix: " and 50%",
					Start: 68, End: 92, Color: 1, ColorName: "Claim", Note: "=HYPERLINK(\"x\")",
					Created: at(3, 10), Updated: at(3, 10)},
				{ID: 5, Exact: "by 2027.\n\nCritics say", Start: 42, End: 63, Color: 4,
					Created: at(4, 10), Updated: at(4, 10)},
				{ID: 6, Exact: "berths kept open", Color: 3, ColorName: "Quote", Orphan: true,
					Note: "-lost after the update", Created: at(5, 10), Updated: at(5, 10)},
			},
		},
		{
			ID: 9, Title: b.Title, Source: "trains.txt", Added: at(6, 9), Text: b.Text, Blocks: b.Blocks,
			Highlights: []Highlight{
				{ID: 8, Exact: "link the two capitals", Prefix: "sleeper service will ", Suffix: " from May.",
					Start: 25, End: 46, Color: 2, ColorName: "Figure", Tags: []string{"travel", "2024"},
					Created: at(7, 10), Updated: at(7, 12)},
			},
		},
	}
}
