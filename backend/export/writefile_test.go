package export

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Ensure that WriteFile writes at exactly the path given, replacing a file
// there, and that a Markdown file written before keeps the user's text.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	arts := sampleArticles()
	csvPath := filepath.Join(dir, "my notes.txt")
	os.WriteFile(csvPath, []byte("old"), 0o644)
	sum, err := WriteFile(csvPath, CSV, arts, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Render(CSV, arts, Options{})
	if got, _ := os.ReadFile(csvPath); !bytes.Equal(got, want) || sum.Files[0] != "my notes.txt" || sum.Highlights != 5 {
		t.Fatalf("summary %+v, file:\n%s", sum, got)
	}

	md := filepath.Join(dir, "pier.md")
	if _, err := WriteFile(md, Markdown, arts[:1], Options{}); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(md)
	os.WriteFile(md, append([]byte("My own line above.\n"), append(first, "\nMy own line below.\n"...)...), 0o644)
	arts[0].Highlights = arts[0].Highlights[:1]
	sum, err = WriteFile(md, Markdown, arts[:1], Options{})
	got, _ := os.ReadFile(md)
	if err != nil || sum.Updated != 1 {
		t.Fatalf("re-export: %+v, %v", sum, err)
	}
	for _, s := range []string{"My own line above.", "My own line below.", "^gloss-3"} {
		if !strings.Contains(string(got), s) {
			t.Errorf("re-exported file lost %q:\n%s", s, got)
		}
	}
	if strings.Contains(string(got), "^gloss-4") {
		t.Errorf("re-exported file keeps a highlight no longer exported:\n%s", got)
	}
}

// Ensure that WriteZip holds one file per article, each what Render
// makes of that article alone, under names made safe and distinct.
func TestWriteZip(t *testing.T) {
	arts := sampleArticles()
	arts = append(arts, arts[1])
	var buf bytes.Buffer
	sum, err := WriteZip(&buf, arts)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for i, f := range zr.File {
		names = append(names, f.Name)
		r, _ := f.Open()
		got, _ := io.ReadAll(r)
		want, _ := Render(Markdown, arts[i:i+1], Options{})
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the article's Markdown", f.Name)
		}
	}
	wantNames := "Harbour plans - the new pier & 'old' quay #2.md|Night trains return.md|Night trains return (2).md"
	if strings.Join(names, "|") != wantNames || sum.Articles != 3 || sum.Highlights != 6 {
		t.Errorf("names %q, summary %+v", names, sum)
	}
}
