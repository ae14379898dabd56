package export

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Ensure that re-exporting rewrites only the managed region and Gloss'
// front-matter keys: the user's text before and after the region and the
// keys they added survive, the file is found again after a rename, and
// edits inside the region are replaced.
func TestWrite_Markdown_KeepsUserEdits(t *testing.T) {
	dir := t.TempDir()
	arts := sampleArticles()
	sum, err := Write(dir, Markdown, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Files) != 2 || sum.Updated != 0 || sum.Articles != 2 || sum.Highlights != 5 {
		t.Fatalf("first export = %+v, want 2 new files, 2 articles, 5 highlights", sum)
	}
	first := filepath.Join(dir, sum.Files[0])
	text := readFile(t, first)
	// The user renames the file, adds front-matter keys, writes around the
	// region and edits inside it.
	text = strings.Replace(text, "gloss_id: 7\n", "gloss_id: 7\nrating: 5\naliases:\n  - Pier story\n", 1)
	text = strings.Replace(text, "%% gloss:begin %%", "My summary above.\n\n%% gloss:begin %%", 1)
	text = strings.Replace(text, "Follow up after the vote.", "EDITED INSIDE", 1)
	text += "\n## My thoughts\n\nWritten below the region.\n"
	renamed := filepath.Join(dir, "Pier (mine).md")
	if err := os.WriteFile(renamed, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Remove(first)

	arts[0].Title = "Harbour plans approved"
	arts[0].Tags = []string{"local news"}
	arts[0].Highlights = append(arts[0].Highlights, Highlight{ID: 10, Exact: "Fishers welcome it", Start: 130, End: 148})
	sum, err = Write(dir, Markdown, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated != 2 || sum.Files[0] != "Pier (mine).md" {
		t.Fatalf("re-export = %+v, want both files updated in place, the renamed one kept", sum)
	}
	got := readFile(t, renamed)
	for _, want := range []string{
		"title: Harbour plans approved\n", "rating: 5\naliases:\n  - Pier story\n",
		"My summary above.\n\n%% gloss:begin %%", "^gloss-10", "Follow up after the vote.",
		"%% gloss:end %%\n\n## My thoughts\n\nWritten below the region.\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("re-exported file lacks %q:\n%s", want, got)
		}
	}
	for _, gone := range []string{"EDITED INSIDE", "infrastructure", "Harbour plans: the"} {
		if strings.Contains(got, gone) {
			t.Errorf("re-exported file still has %q", gone)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("folder holds %d files, want 2 (no duplicates, no temporary files)", len(entries))
	}
}

// Ensure that a file whose markers were both removed gets the region
// appended, and one with a lone marker is refused, untouched.
func TestWrite_Markdown_Markers(t *testing.T) {
	dir := t.TempDir()
	arts := sampleArticles()[1:]
	sum, err := Write(dir, Markdown, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, sum.Files[0])
	head := "---\ngloss_id: 9\n---\n"
	os.WriteFile(path, []byte(head+"Only my words.\n"), 0o644)
	if _, err := Write(dir, Markdown, arts, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); !strings.Contains(got, "Only my words.\n\n%% gloss:begin %%") || !strings.HasSuffix(got, "%% gloss:end %%\n") {
		t.Errorf("region not appended after the user's text:\n%s", got)
	}
	broken := head + "Mine.\n%% gloss:begin %%\nhalf\n"
	os.WriteFile(path, []byte(broken), 0o644)
	if _, err := Write(dir, Markdown, arts, Options{}); !errors.Is(err, ErrBrokenRegion) {
		t.Errorf("lone marker: error %v, want ErrBrokenRegion", err)
	}
	if got := readFile(t, path); got != broken {
		t.Errorf("refused file was changed:\n%s", got)
	}
}

// Ensure that a file of the same name that Gloss did not write is left
// alone and the export goes beside it, and that one-file exports do the same.
func TestWrite_Collisions(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "Night trains return.md"), []byte("the user's own note\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "Gloss highlights.csv"), []byte("old\n"), 0o644)
	sum, err := Write(dir, Markdown, sampleArticles()[1:], Options{})
	if err != nil || sum.Files[0] != "Night trains return (2).md" {
		t.Fatalf("Write md = %+v, %v; want the (2) name", sum, err)
	}
	sum, err = Write(dir, CSV, sampleArticles(), Options{})
	if err != nil || sum.Files[0] != "Gloss highlights (2).csv" {
		t.Fatalf("Write csv = %+v, %v; want the (2) name", sum, err)
	}
	sum, err = Write(dir, CSV, sampleArticles(), Options{Overwrite: true})
	if err != nil || sum.Files[0] != "Gloss highlights.csv" {
		t.Fatalf("Write csv overwrite = %+v, %v; want the same name", sum, err)
	}
	if got := readFile(t, filepath.Join(dir, "Night trains return.md")); got != "the user's own note\n" {
		t.Errorf("the user's file changed: %q", got)
	}
	if s := sum.String(); !strings.Contains(s, "Wrote 1 file (2 articles, 5 highlights) to "+dir) {
		t.Errorf("summary = %q", s)
	}
}

// Ensure that the combined Markdown file is updated in place on re-export.
func TestWrite_Markdown_OneFile(t *testing.T) {
	dir := t.TempDir()
	opts := Options{OneFile: true, Name: "Reading notes"}
	if _, err := Write(dir, Markdown, sampleArticles(), opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "Reading notes.md")
	os.WriteFile(path, []byte(readFile(t, path)+"\nP.S. mine\n"), 0o644)
	sum, err := Write(dir, Markdown, sampleArticles()[:1], opts)
	if err != nil || sum.Updated != 1 || sum.Files[0] != "Reading notes.md" {
		t.Fatalf("re-export = %+v, %v; want the file updated in place", sum, err)
	}
	got := readFile(t, path)
	if !strings.HasSuffix(got, "%% gloss:end %%\n\nP.S. mine\n") || strings.Contains(got, "Night trains") {
		t.Errorf("combined file:\n%s", got)
	}
}

// Ensure that a file saved with Windows line ends is updated in place with
// them, its front matter recognised (not doubled).
func TestWrite_Markdown_CRLF(t *testing.T) {
	dir := t.TempDir()
	arts := sampleArticles()[1:]
	sum, err := Write(dir, Markdown, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, sum.Files[0])
	text := strings.ReplaceAll(readFile(t, path)+"Mine.\n", "\n", "\r\n")
	text = strings.Replace(text, "---\r\n\r\n", "mood: calm\r\n---\r\n\r\n", 1)
	os.WriteFile(path, []byte(text), 0o644)
	if _, err := Write(dir, Markdown, arts, Options{}); err != nil {
		t.Fatal(err)
	}
	got := readFile(t, path)
	if strings.Count(got, "gloss_id: 9") != 1 || !strings.Contains(got, "mood: calm\r\n---") ||
		!strings.HasSuffix(got, "%% gloss:end %%\r\nMine.\r\n") || strings.Count(got, "\n") != strings.Count(got, "\r\n") {
		t.Errorf("CRLF file after re-export:\n%q", got)
	}
}
