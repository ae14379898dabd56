package parse

import (
	"archive/zip"
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/internal/golden"
	"gloss/backend/parse/epub"
)

// zipBook packs the folder testdata/book into an EPUB. With storedFirst the
// mimetype entry comes first and uncompressed, as the specification asks;
// without it the mimetype is deflated and last, as careless tools write it.
func zipBook(t *testing.T, storedFirst bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name string, method uint16) {
		data, err := os.ReadFile(filepath.Join("testdata/book", name))
		if err != nil {
			t.Fatal(err)
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if storedFirst {
		add("mimetype", zip.Store)
	}
	err := filepath.WalkDir("testdata/book", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := filepath.ToSlash(strings.TrimPrefix(path, filepath.Join("testdata", "book")+string(filepath.Separator)))
		if name != "mimetype" {
			add(name, zip.Deflate)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !storedFirst {
		add("mimetype", zip.Deflate)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Ensure that an EPUB is recognised by its content, before the check that
// refuses binary files, and read as one article with its chapters.
func TestFile_EPUB(t *testing.T) {
	for _, tt := range []struct {
		name        string
		storedFirst bool
	}{{"book.epub", true}, {"book-without-extension", true}, {"careless.zip", false}} {
		t.Run(tt.name, func(t *testing.T) {
			data := zipBook(t, tt.storedFirst)
			if f, err := Sniff(data); f != EPUB || err != nil {
				t.Fatalf("Sniff = %q, %v; want %q", f, err, EPUB)
			}
			arts, err := File(tt.name, data)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			golden.JSON(t, "testdata/book.epub-result.json", arts)
		})
	}
}

// Ensure that broken or foreign archives fail with a sentence naming the
// file, and only EPUBs are taken for books.
func TestFile_EPUBBadInput(t *testing.T) {
	book := zipBook(t, true)
	var other bytes.Buffer
	zw := zip.NewWriter(&other)
	w, _ := zw.Create("report.txt")
	w.Write([]byte("Not a book."))
	zw.Close()
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"truncated.epub", book[:len(book)/2], epub.ErrMalformed},
		{"archive.zip", other.Bytes(), ErrUnknownFormat},
		{"cut-short.epub", book[:20], ErrUnknownFormat},
		{"garbage.epub", []byte("PK\x03\x04garbage"), ErrUnknownFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := File(tt.name, tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.name) {
				t.Errorf("got error %q, want it to name the file", err)
			}
		})
	}
}
