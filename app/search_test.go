package app

import (
	"testing"

	"gloss/backend/finder"
)

// Ensure that a typo'd query finds the article and its passage, with
// positions inside the snippet.
func TestSearch_Query(t *testing.T) {
	l := mustLibrary(t)
	f := finder.Open(l)
	f.Ready()
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	s := NewSearch(f, l)
	res, err := s.Query("secnd artcle", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Results) == 0 || res.Results[0].Title != "Second headline here" || res.Results[0].Source != "two.txt" {
		t.Fatalf("results = %+v, want the second article first", res.Results)
	}
	for _, h := range res.Results[0].Hits {
		for _, p := range h.Positions {
			if p < 0 || p >= len([]rune(h.Snippet)) {
				t.Errorf("position %d outside snippet %q", p, h.Snippet)
			}
		}
	}
	if _, err := s.Query(string(make([]byte, 2000)), 10); ToError(err).Code != "bad_input" {
		t.Errorf("long query: %v, want bad_input", err)
	}
}

// FuzzSearch_Query checks that no query string panics the bound search.
func FuzzSearch_Query(f *testing.F) {
	f.Add(`"exact phrase" -not tag:x source:"a b" before:2024-01-01 is:unread in:title`)
	f.Add(`"unclosed`)
	l := mustLibrary(f)
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	fd := finder.Open(l)
	fd.Ready()
	s := NewSearch(fd, l)
	f.Fuzz(func(t *testing.T, q string) {
		s.Query(q, 20)
	})
}
