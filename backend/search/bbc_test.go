package search

import (
	"slices"
	"strings"
	"testing"
)

// Ensure that typo'd and partial queries find the right BBC article first.
func TestSearch_BBC(t *testing.T) {
	docs := loadBBC(t)
	ix, src := build(docs)
	title := func(id uint64) string { return docs[id-1].Title }
	tests := []struct {
		q, wantTitle string
	}{
		{"gazprom rosnft", "Russian oil merger excludes Yukos"},
		{"yukos auction yugansk", "Yukos unit fetches $9bn at auction"},
		{"timewarner profts", "Ad sales boost Time Warner profit"},
		{"brodband fuels", "Broadband fuels online change"},
		{"bernabeu bomb", "Bomb threat at Bernabeu stadium"},
		{`"high-definition tv"`, "Confusion over high-definition TV"},
		{"cameroon salary", "Salary scandal in Cameroon"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			rs, err := ix.Search(tt.q, Options{Limit: 5, Source: src})
			if err != nil {
				t.Fatal(err)
			}
			if len(rs) == 0 {
				t.Fatalf("got no results, want %q first", tt.wantTitle)
			}
			if got := title(rs[0].ID); got != tt.wantTitle {
				t.Errorf("got %q first, want %q", got, tt.wantTitle)
			}
			checkHits(t, rs)
		})
	}
}

// Ensure that phrases, exclusions and filters hold on every result.
func TestSearch_BBC_Constraints(t *testing.T) {
	docs := loadBBC(t)
	ix, src := build(docs)
	rs, err := ix.Search(`"prime minister" -blair tag:politics`, Options{Limit: 1000, Source: src})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) == 0 {
		t.Fatal("got no results, want some")
	}
	for _, r := range rs {
		d := docs[r.ID-1]
		all := fold(d.Title + " " + d.Text)
		if !strings.Contains(all, "prime minister") || slices.Contains(words(all), "blair") || d.Tags[0] != "politics" {
			t.Errorf("article %d %q breaks the query", r.ID, d.Title)
		}
	}
}
