package export

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gloss/backend/model"
	"gloss/backend/store"
)

// mustOpen opens a new library in a temporary folder.
func mustOpen(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func doc(title, url string, paras ...string) store.Doc {
	var blocks []model.Block
	for _, p := range paras {
		blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: p})
	}
	a := model.New(title, blocks)
	a.URL = url
	return store.Doc{Source: "test.html", Article: a}
}

// library fills a store with what a backup must carry: an article with an
// old version, tags, flags, a note, reading progress, a trashed article,
// highlights with notes, tags and an orphan, and settings.
func library(t *testing.T) *store.Store {
	t.Helper()
	s := mustOpen(t)
	if _, err := s.Add([]store.Doc{
		doc("Harbour plans", "https://example.org/pier", "The council voted to rebuild the pier."),
		doc("Night trains", "", "A sleeper service will link the capitals.", "Tickets go on sale in May."),
		doc("Old news", "", "Nothing to see."),
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Add([]store.Doc{doc("Harbour plans", "https://example.org/pier", "The council voted 7-2 to rebuild the pier.")}); err != nil {
		t.Fatal(err)
	}
	s.AddTags([]uint64{1, 2}, []string{"local", "to read"})
	s.Update([]uint64{2}, func(e *store.Entry) error {
		e.Favourite, e.Read, e.Progress, e.Note = true, true, 0.5, "Ask about fares."
		return nil
	})
	s.Trash([]uint64{3})
	for _, h := range []store.Highlight{
		{ArticleID: 1, Exact: "voted 7-2", Prefix: "The council ", Suffix: " to rebuild", Start: 12, End: 21, Color: 1, Note: "close", Tags: []string{"vote"}, TextHash: "abc", Confidence: 1},
		{ArticleID: 2, Exact: "sleeper service", Start: 2, End: 17, Color: 3},
		{ArticleID: 2, Exact: "gone words", Orphan: true, Confidence: 0.2},
	} {
		if _, err := s.PutHighlight(h); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveSettings(map[string]any{"theme": "dark"}); err != nil {
		t.Fatal(err)
	}
	return s
}

func dump(t *testing.T, s *store.Store) []store.RestoreItem {
	t.Helper()
	var out []store.RestoreItem
	if err := s.DumpItems(func(it store.RestoreItem) error { out = append(out, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func mustCheck(t *testing.T, s *store.Store) {
	t.Helper()
	for _, p := range s.Check() {
		t.Errorf("Check: %v", p)
	}
}

// Ensure that a backup restored into an empty library gives the same
// library: entries, bodies, old versions and highlights field by field,
// and the settings; and that restoring it again merges without duplicates.
func TestBackup_RoundTrip(t *testing.T) {
	src := library(t)
	var buf bytes.Buffer
	sum, err := EncodeBackup(&buf, src, time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Articles != 3 || sum.Highlights != 3 {
		t.Errorf("backup summary = %+v, want 3 articles, 3 highlights", sum)
	}
	dst := mustOpen(t)
	rep, err := RestoreBackup(dst, bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 3 || rep.Merged != 0 || rep.Highlights != 3 {
		t.Errorf("restore report = %+v, want 3 added, 3 highlights", rep)
	}
	mustCheck(t, dst)
	want, got := dump(t, src), dump(t, dst)
	if len(got) != len(want) {
		t.Fatalf("restored %d articles, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i].Entry, want[i].Entry) {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got[i].Entry, want[i].Entry)
		}
		for _, f := range []struct {
			name      string
			got, want any
		}{
			{"blocks", got[i].Blocks, want[i].Blocks},
			{"versions", got[i].Versions, want[i].Versions},
			{"old hashes", got[i].Hashes, want[i].Hashes},
			{"highlights", got[i].Highlights, want[i].Highlights},
		} {
			if !reflect.DeepEqual(f.got, f.want) {
				t.Errorf("article %d %s:\n got %+v\nwant %+v", want[i].Entry.ID, f.name, f.got, f.want)
			}
		}
	}
	if settings, _ := dst.Settings(); string(settings) != `{"theme":"dark"}` {
		t.Errorf("settings = %s, want the backup's", settings)
	}

	rep, err = RestoreBackup(dst, bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 0 || rep.Merged != 3 || rep.Highlights != 0 {
		t.Errorf("second restore = %+v, want 3 merged and nothing written", rep)
	}
	mustCheck(t, dst)
	if again := dump(t, dst); !reflect.DeepEqual(again, want) {
		t.Errorf("library changed after restoring the same backup twice")
	}
}

// Ensure that the backup document has the documented shape.
func TestBackup_Golden(t *testing.T) {
	s := mustOpen(t)
	items := dump(t, library(t))
	for i := range items {
		// Fixed times, so the golden file does not change from run to run.
		items[i].Entry.Added, items[i].Entry.Updated = at(1, i), at(2, i)
		if items[i].Entry.Trashed != nil {
			tt := at(3, i)
			items[i].Entry.Trashed = &tt
		}
		for j := range items[i].Highlights {
			items[i].Highlights[j].Created, items[i].Highlights[j].Updated = at(4, j), at(5, j)
		}
	}
	if _, err := s.RestoreItems(items); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := EncodeBackup(&buf, s, at(9, 12)); err != nil {
		t.Fatal(err)
	}
	golden(t, "backup.json", buf.Bytes())
}

// Ensure that DecodeBackup refuses other files, newer versions, invalid
// content and what exceeds its limits, with the matching sentinel.
func TestDecodeBackup_Errors(t *testing.T) {
	article := `{"id":1,"title":"T","added":"2024-01-01T00:00:00Z","updated":"2024-01-01T00:00:00Z","version":1,"blocks":[{"kind":"paragraph","text":"x"}]}`
	head := `{"format":"gloss-backup","version":1,"articles":[`
	tests := []struct {
		name, in string
		want     error
	}{
		{"not JSON", "hello", ErrNotBackup},
		{"other JSON", `{"format":"something"}`, ErrNotBackup},
		{"array", `[1,2]`, ErrNotBackup},
		{"newer", `{"format":"gloss-backup","version":2,"articles":[]}`, ErrNewerBackup},
		{"version 0", `{"format":"gloss-backup","version":0,"articles":[]}`, ErrBadBackup},
		{"duplicate IDs", head + article + "," + article + "]}", ErrBadBackup},
		{"too many", head + many(article, 6) + "]}", ErrTooLarge},
		{"too big", head + article + `],"pad":"` + strings.Repeat("x", 5000) + `"}`, ErrTooLarge},
		{"truncated", head + article, ErrNotBackup},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeBackup(strings.NewReader(tt.in), 4096, 5)
			if !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want %v", err, tt.want)
			}
		})
	}
	b, err := decodeBackup(strings.NewReader(head+article+"]}"), 4096, 5)
	if err != nil || len(b.Articles) != 1 {
		t.Fatalf("valid backup: %+v, %v", b, err)
	}
	for _, bad := range []func(a *BackupArticle){
		func(a *BackupArticle) { a.Blocks = nil },
		func(a *BackupArticle) { a.Blocks[0].Kind = "script" },
		func(a *BackupArticle) { a.Tags = []string{"a,b"} },
		func(a *BackupArticle) { a.Highlights = []store.Highlight{{Start: 5, End: 2}} },
	} {
		a := b.Articles[0]
		a.Blocks = append([]Block(nil), a.Blocks...)
		bad(&a)
		if _, err := a.Item(); !errors.Is(err, ErrBadBackup) {
			t.Errorf("Item of %+v: error %v, want ErrBadBackup", a, err)
		}
	}
}

// many returns n copies of article with IDs 1 to n, comma-separated.
func many(article string, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = strings.Replace(article, `"id":1`, fmt.Sprintf(`"id":%d`, i+1), 1)
	}
	return strings.Join(parts, ",")
}

func FuzzDecodeBackup(f *testing.F) {
	f.Add([]byte(`{"format":"gloss-backup","version":1,"articles":[{"id":1,"title":"T","blocks":[{"kind":"paragraph","text":"x"}],"highlights":[{"id":2,"start":0,"end":1}]}]}`))
	f.Add([]byte(`{"format":"gloss-backup","version":1,"settings":{"a":1},"articles":null}`))
	f.Add([]byte(`{"articles":[{},{}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := decodeBackup(bytes.NewReader(data), 1<<16, 100)
		if err != nil {
			return
		}
		if len(b.Articles) > 100 || b.Format != BackupFormat || b.Version != BackupFormatVersion {
			t.Fatalf("accepted %d articles, format %q version %d", len(b.Articles), b.Format, b.Version)
		}
		b.Items() // must not panic
	})
}

// Ensure that Collect reads articles with their highlights in reading
// order, orphans last, and names colours from the settings.
func TestCollect(t *testing.T) {
	s := library(t)
	arts, err := Collect(s, []uint64{2, 1}, []string{"Key point", "Claim", "Figure", "Quote"})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].ID != 2 || arts[1].ID != 1 {
		t.Fatalf("Collect = %d articles, want 2 then 1", len(arts))
	}
	hs := arts[0].Highlights
	if len(hs) != 2 || hs[0].Exact != "sleeper service" || hs[0].ColorName != "Quote" || !hs[1].Orphan {
		t.Errorf("highlights of 2 = %+v, want the placed one (Quote) then the orphan", hs)
	}
	if arts[0].Text == "" || arts[0].Note != "Ask about fares." {
		t.Errorf("article 2 = %+v, want its text and note", arts[0])
	}
	if _, err := Collect(s, []uint64{99}, nil); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Collect(99) error = %v, want store.ErrNotFound", err)
	}
}
