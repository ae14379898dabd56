package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gloss/backend/finder"
	"gloss/backend/library"
	"gloss/backend/notes"
)

// highlightOf highlights the first occurrence of quote in an article.
func highlightOf(t *testing.T, l *library.Library, n *Notes, article uint64, quote string, e notes.Edit) HighlightView {
	t.Helper()
	_, body, err := l.Store().Get(article)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.Index(body.Text, quote)
	if at < 0 {
		t.Fatalf("article %d has no %q", article, quote)
	}
	start := utf8.RuneCountInString(body.Text[:at])
	h, err := n.Create(article, start, start+utf8.RuneCountInString(quote), e)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// Ensure that a search of highlights forgives typos, finds a highlight by
// its quote, note or tags, needs every word in the same highlight, keeps
// the other filters and marks the matched words of the quote.
func TestNotes_AllText(t *testing.T) {
	l := mustLibrary(t)
	f := finder.Open(l)
	f.Ready()
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	n := NewNotes(l, f)
	first := highlightOf(t, l, n, 1, "first article has one paragraph", notes.Edit{Color: 0, Note: "Ask the editor about it", Tags: []string{"draft"}})
	long := highlightOf(t, l, n, 1, "long enough to be body text", notes.Edit{Color: 2})
	second := highlightOf(t, l, n, 2, "a paragraph of body text", notes.Edit{Color: 2, Note: "compare with the archive"})

	tests := []struct {
		text  string
		color int
		want  []uint64
	}{
		{"editr", -1, []uint64{first.ID}},                // a typo in a note
		{"paragarph", -1, []uint64{first.ID, second.ID}}, // a typo in quotes
		{"paragarph", 2, []uint64{second.ID}},            // with the colour filter
		{"paragarph", 1, nil},
		{"drft", -1, []uint64{first.ID}},              // a tag
		{"paragarph archve", -1, []uint64{second.ID}}, // quote and note of one highlight
		{"long editr", -1, nil},                       // both in article 1, never in one highlight
		{"enugh", 2, []uint64{long.ID}},
		{"tag:draft", -1, nil}, // words, never a filter
		{"  ", 2, []uint64{second.ID, long.ID}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%d", tt.text, tt.color), func(t *testing.T) {
			page, err := n.All(NotesQuery{Color: tt.color, Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			var got []uint64
			for _, h := range page.Items {
				got = append(got, h.ID)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.want))
			if !slices.Equal(got, want) || page.Total != len(want) {
				t.Errorf("got %v (total %d), want %v", got, page.Total, want)
			}
		})
	}

	page, _ := n.All(NotesQuery{Color: 2, Text: "paragarph"})
	if len(page.Items) != 1 {
		t.Fatalf("got %d items, want 1", len(page.Items))
	}
	h := page.Items[0]
	at := utf8.RuneCountInString(h.Exact[:strings.Index(h.Exact, "paragraph")])
	if want := []int{at, at + 1, at + 2, at + 3, at + 4, at + 5, at + 6, at + 7, at + 8}; !slices.Equal(h.Marks, want) {
		t.Errorf("marks %v, want %v (paragraph in %q)", h.Marks, want, h.Exact)
	}
	if _, err := n.All(NotesQuery{Color: -1, Text: strings.Repeat("a", 2000)}); ToError(err).Code != "bad_input" {
		t.Errorf("long text: %v, want bad_input", err)
	}
}

// Ensure that the marks of a long quote, cut in its snippet, fall on the
// matched words of the whole quote.
func TestNotes_AllTextLongQuote(t *testing.T) {
	l := mustLibrary(t)
	f := finder.Open(l)
	f.Ready()
	words := strings.Repeat("lorem ipsum dolor sit amet ", 20)
	text := "Long quote\n\nLong quote\n\n" + words + "a harbour at dawn " + words + "\n"
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "long.txt", Data: b64(text)}})
	n := NewNotes(l, f)
	highlightOf(t, l, n, 1, words+"a harbour at dawn "+words[:100], notes.Edit{})
	page, err := n.All(NotesQuery{Color: -1, Text: "harbor"})
	if err != nil || len(page.Items) != 1 {
		t.Fatalf("got %+v, %v; want the highlight", page, err)
	}
	h := page.Items[0]
	at := utf8.RuneCountInString(words + "a ")
	if len(h.Marks) != len("harbour") || h.Marks[0] != at {
		t.Errorf("marks %v, want %d…%d", h.Marks, at, at+6)
	}
}

// FuzzNotes_All checks that any query, with any search text, is answered
// or refused without a panic, and never pages more than it asked for.
func FuzzNotes_All(f *testing.F) {
	f.Add(-1, "", "", "", "", "paragarph", false, 0, 10)
	f.Add(2, "x", "two.txt", "2024-01-01", "2030-01-01", `"one paragraph" -body in:title tag:"a`, true, 1, 1000)
	f.Add(9, "", "", "bad", "", "\xff", false, -1, -1)
	l := mustLibrary(f)
	fd := finder.Open(l)
	fd.Ready()
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	n := NewNotes(l, fd)
	n.Create(1, 4, 30, notes.Edit{Color: 2, Note: "a note", Tags: []string{"x"}})
	f.Fuzz(func(t *testing.T, color int, tag, source, after, before, text string, orphans bool, offset, limit int) {
		page, err := n.All(NotesQuery{Color: color, Tag: tag, Source: source, After: after, Before: before, Text: text, Orphans: orphans, Offset: offset, Limit: limit})
		if err != nil {
			return
		}
		if len(page.Items) > max(limit, 100) || len(page.Items) > page.Total {
			t.Fatalf("page of %d items, total %d, for limit %d", len(page.Items), page.Total, limit)
		}
		for _, h := range page.Items {
			for _, m := range h.Marks {
				if m < 0 || m >= utf8.RuneCountInString(h.Exact) {
					t.Fatalf("mark %d outside quote %q", m, h.Exact)
				}
			}
		}
	})
}
