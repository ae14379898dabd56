package importer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"gloss/backend/export"
	"gloss/backend/store"
)

// fill gives a library what a backup must carry: two versions of an
// article, tags, flags, a note, a trashed article, highlights with notes
// and tags, and an orphan.
func fill(t *testing.T, im Importer) {
	t.Helper()
	id := addArticle(t, im, "Harbour plans", "https://example.org/pier", "The council voted to rebuild the pier.")
	addArticle(t, im, "Harbour plans", "https://example.org/pier", "The council voted 7-2 to rebuild the pier.")
	two := addArticle(t, im, "Night trains", "", "A sleeper service will link the capitals.")
	three := addArticle(t, im, "Old news", "", "Nothing to see.")
	lib := im.Library
	lib.AddTags([]uint64{id, two}, []string{"local", "to read"})
	lib.SetFlag([]uint64{two}, "favourite", true)
	lib.SetNote(two, "Ask about fares.")
	lib.Trash([]uint64{three})
	for _, h := range []store.Highlight{
		{ArticleID: id, Exact: "voted 7-2", Start: 12, End: 21, Color: 1, Note: "close", Tags: []string{"vote"}},
		{ArticleID: two, Exact: "sleeper service", Start: 2, End: 17, Color: 3},
		{ArticleID: two, Exact: "gone words", Orphan: true},
	} {
		if _, err := lib.PutHighlight(h); err != nil {
			t.Fatal(err)
		}
	}
}

func items(t *testing.T, im Importer) []store.RestoreItem {
	t.Helper()
	var out []store.RestoreItem
	if err := im.Library.Store().DumpItems(func(it store.RestoreItem) error { out = append(out, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

func backupOf(t *testing.T, im Importer) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := export.EncodeBackup(&buf, im.Library.Store(), time.Now()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Ensure that a full backup imported into an empty library gives the same
// library (articles, versions, tags, highlights, notes), that importing it
// again merges by ID without duplicates, and that the view and the report
// say so.
func TestImport_BackupRoundTrip(t *testing.T) {
	from := mustImporter(t)
	fill(t, from)
	data := backupOf(t, from)
	want := items(t, from)

	to := mustImporter(t)
	r := importOne(t, to, "gloss-backup.json", data)
	if r.Error != "" || r.Format != "gloss-backup" || r.Imported != 3 || r.Highlights != 3 {
		t.Fatalf("report %+v; want 3 articles and 3 highlights restored", r)
	}
	if got := items(t, to); !reflect.DeepEqual(got, want) {
		t.Fatalf("restored library differs:\n got %+v\nwant %+v", got, want)
	}
	if e, ok := to.Library.Get(2); !ok || e.Note != "Ask about fares." || e.Highlights != 2 {
		t.Errorf("view after restore = %+v, %v", e, ok)
	}

	again := importOne(t, to, "gloss-backup.json", data)
	if again.Imported != 0 || again.Duplicates != 3 || again.Highlights != 0 {
		t.Errorf("second import = %+v; want 3 merged, nothing new", again)
	}
	if got := items(t, to); !reflect.DeepEqual(got, want) {
		t.Errorf("library changed by the second import")
	}
}

// Ensure that a backup named on the command line is streamed from its
// file, and that a damaged one is refused with its name and leaves the
// library as it was.
func TestImportPaths_Backup(t *testing.T) {
	from := mustImporter(t)
	fill(t, from)
	data := backupOf(t, from)
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good.json"), filepath.Join(dir, "bad.json")
	os.WriteFile(good, data, 0o600)
	os.WriteFile(bad, data[:len(data)/2], 0o600)

	to := mustImporter(t)
	rep := to.ImportPaths(context.Background(), []string{bad}, nil)
	if rep.Failed != 1 || !strings.HasPrefix(rep.Files[0].Error, "bad.json: ") {
		t.Fatalf("damaged backup: %+v", rep)
	}
	if n := len(items(t, to)); n != 0 {
		t.Fatalf("%d articles stored from a damaged backup", n)
	}
	rep = to.ImportPaths(context.Background(), []string{good}, nil)
	if rep.Failed != 0 || rep.Imported != 3 || rep.Files[0].File != "good.json" {
		t.Fatalf("backup: %+v", rep)
	}
}
