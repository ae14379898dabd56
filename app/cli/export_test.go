package cli

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gloss/backend/store"
)

// twoArticles is a text file of two articles, as a copy-paste dump.
const twoArticles = "First headline here\n\nFirst headline here\n\nThe first article has one paragraph that is long enough to be body text, with a full stop.\n\n\n\n" +
	"Second headline here\n\nSecond headline here\n\nThe second article also has a paragraph of body text that ends like a sentence.\n"

// annotatedLibrary makes a library of the two articles, the first highlighted and
// the second tagged, and returns its path and the folder beside it.
func annotatedLibrary(t *testing.T) (db, dir string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "library.db")
	src := filepath.Join(dir, "two.txt")
	os.WriteFile(src, []byte(twoArticles), 0o600)
	must(t, "--db", db, "import", src)
	must(t, "--db", db, "highlight", "1", "--quote", "long enough to be body text", "--note", "=SUM(A1)", "--tag", "key")
	must(t, "--db", db, "tag", "2", "--add", "later")
	return db, dir
}

// must runs a command that must succeed and returns its standard output.
func must(t *testing.T, argv ...string) string {
	t.Helper()
	code, out, errOut := gloss(t, nil, argv...)
	if code != 0 {
		t.Fatalf("gloss %s: exit %d: %s", strings.Join(argv, " "), code, errOut)
	}
	return out
}

// Ensure that Markdown goes one file per article into a folder, and that a
// re-export rewrites only the managed region: what the user wrote above
// and below it survives, and the new highlight appears.
func TestExport_MarkdownKeepsEdits(t *testing.T) {
	db, dir := annotatedLibrary(t)
	vault := filepath.Join(dir, "vault")
	out := must(t, "--db", db, "export", "--format", "md", "--out", vault)
	if !strings.HasPrefix(out, "Wrote 2 files (2 articles, 1 highlight) to "+vault) {
		t.Fatalf("summary %q", out)
	}
	file := filepath.Join(vault, "First headline here.md")
	data, err := os.ReadFile(file)
	if err != nil || !strings.Contains(string(data), "gloss_id: 1") || !strings.Contains(string(data), "> long enough to be body text") {
		t.Fatalf("%v:\n%s", err, data)
	}
	edited := strings.Replace(string(data), "%% gloss:begin %%", "My thoughts before the quotes.\n\n%% gloss:begin %%", 1) + "\nMy thoughts after.\n"
	os.WriteFile(file, []byte(edited), 0o644)
	must(t, "--db", db, "highlight", "1", "--quote", "with a full stop")

	out = must(t, "--db", db, "export", "--format", "md", "--out", vault)
	if !strings.Contains(out, "2 updated in place, your own text kept") {
		t.Errorf("second summary %q", out)
	}
	again, _ := os.ReadFile(file)
	for _, want := range []string{"My thoughts before the quotes.", "My thoughts after.", "> long enough to be body text", "> with a full stop"} {
		if !strings.Contains(string(again), want) {
			t.Errorf("re-exported file has no %q:\n%s", want, again)
		}
	}
	if names, _ := os.ReadDir(vault); len(names) != 2 {
		t.Errorf("%d files in the folder after a re-export, want 2", len(names))
	}
}

// Ensure that the one-file formats go to the path given, to a folder, or
// to standard output, and that the filters of gloss list choose articles.
func TestExport_Formats(t *testing.T) {
	db, dir := annotatedLibrary(t)
	path := filepath.Join(dir, "readwise.csv")
	if out := must(t, "--db", db, "export", "--format", "csv", "--out", path); !strings.HasPrefix(out, "Wrote 1 file (2 articles, 1 highlight) to "+dir) {
		t.Errorf("csv summary %q", out)
	}
	f, _ := os.Open(path)
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != 2 || rows[0][0] != "Highlight" || rows[1][0] != "long enough to be body text" || rows[1][4] != "'=SUM(A1)\n.key" {
		t.Errorf("csv rows %q, %v", rows, err)
	}

	must(t, "--db", db, "export", "--format", "html", "--out", dir, "--has-highlights")
	page, err := os.ReadFile(filepath.Join(dir, "First headline here.html"))
	if err != nil || !strings.Contains(string(page), "Content-Security-Policy") || strings.Contains(string(page), "<script") {
		t.Errorf("html %v:\n%s", err, page)
	}

	code, out, errOut := gloss(t, nil, "--db", db, "export", "--format", "txt", "--out", "-", "1")
	if code != 0 || !strings.HasPrefix(out, "“long enough to be body text”\n— “First headline here”") || errOut != "1 article, 1 highlight\n" {
		t.Errorf("txt to stdout: exit %d, %q, %q", code, out, errOut)
	}
	code, out, _ = gloss(t, nil, "--db", db, "export", "--format", "json", "--out", "-", "--tag", "later")
	if code != 0 || !strings.Contains(out, `"type": "AnnotationCollection"`) || !strings.Contains(out, `"total": 0`) {
		t.Errorf("json of tag later: exit %d, %q", code, out)
	}

	for _, tc := range []struct {
		argv []string
		want string
	}{
		{[]string{"export"}, "choose a format"},
		{[]string{"export", "--format", "docx"}, "unknown export format"},
		{[]string{"export", "--format", "csv", "x1"}, `"x1" is not an article ID`},
		{[]string{"export", "--format", "csv", "9"}, "no such article"},
		{[]string{"export", "--format", "csv", "--tag", "nowhere"}, "no article to export"},
		{[]string{"export", "--format", "backup", "--tag", "later"}, "a backup holds the whole library"},
		{[]string{"export", "--format", "md", "--out", "-"}, "add --one-file"},
	} {
		code, _, errOut := gloss(t, nil, append([]string{"--db", db}, tc.argv...)...)
		if code != 1 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q; want an error saying %q", tc.argv, code, errOut, tc.want)
		}
	}
}

// dumpItems reads a whole library as a backup holds it.
func dumpItems(t *testing.T, db string) []store.RestoreItem {
	t.Helper()
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var out []store.RestoreItem
	if err := st.DumpItems(func(it store.RestoreItem) error { out = append(out, it); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}

// Ensure that a full backup exported and imported into an empty library
// gives the same library (articles, versions, tags, highlights, notes), and
// that importing it again merges without duplicates.
func TestExport_BackupRoundTrip(t *testing.T) {
	db, dir := annotatedLibrary(t)
	must(t, "--db", db, "delete", "2")
	out := must(t, "--db", db, "export", "--format", "backup", "--out", dir)
	if !strings.HasPrefix(out, "Wrote 1 file (2 articles, 1 highlight) to "+dir) {
		t.Fatalf("summary %q", out)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "gloss-backup-*.json"))
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	other := filepath.Join(t.TempDir(), "library.db")
	out = must(t, "--db", other, "import", backups[0])
	if !strings.Contains(out, "2 imported, 0 duplicates, 0 updated; 1 highlight (gloss-backup)") {
		t.Errorf("import %q", out)
	}
	want := dumpItems(t, db)
	if got := dumpItems(t, other); !reflect.DeepEqual(got, want) {
		t.Fatalf("the restored library differs:\n got %+v\nwant %+v", got, want)
	}
	out = must(t, "--db", other, "import", backups[0])
	if !strings.Contains(out, "0 imported, 2 duplicates") {
		t.Errorf("second import %q", out)
	}
	if got := dumpItems(t, other); !reflect.DeepEqual(got, want) {
		t.Errorf("the second import changed the library")
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"format":"gloss-backup","version":1,"articles":[{"id":0}]}`), 0o600)
	code, _, errOut := gloss(t, nil, "--db", other, "import", bad)
	if code != 1 || !strings.HasPrefix(errOut, "gloss: bad.json: ") {
		t.Errorf("bad backup: exit %d, %q", code, errOut)
	}
}

// Ensure that gloss import reads another app's export by its content and
// says what it did with its highlights.
func TestImport_Kindle(t *testing.T) {
	dir := t.TempDir()
	clips := filepath.Join(dir, "My Clippings.txt")
	os.WriteFile(clips, []byte("\uFEFFA Book (An Author)\r\n- Your Highlight on page 3 | location 40-41 | Added on Monday, 1 January 2024 10:00:00\r\n\r\nA line worth keeping.\r\n==========\r\n"), 0o600)
	db := filepath.Join(dir, "library.db")
	out := must(t, "--db", db, "import", clips)
	if out != "My Clippings.txt: 1 imported, 0 duplicates, 0 updated; 1 new highlight: 1 placed in the text, 0 kept for review (kindle)\n" {
		t.Errorf("import %q", out)
	}
	if out := must(t, "--db", db, "notes"); !strings.Contains(out, "A line worth keeping.") {
		t.Errorf("notes %q", out)
	}
}
