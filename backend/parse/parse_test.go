package parse

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

const corpus = "../../../shared/corpus"

// Ensure that every kind of file in the corpus is sniffed as what it is.
func TestSniff_Corpus(t *testing.T) {
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("corpus not found at %s", corpus)
	}
	tests := []struct {
		glob string
		want Format
		// minShare is the share of files that must be sniffed right.
		minShare float64
	}{
		{"seed/*.txt", Dump, 1},
		{"news-dumps/*.txt", Dump, 1},
		{"bbc/*/*.txt", Text, 0.99},
		{"text-dumps/dump/*.txt", Page, 0.95},
		{"readability/*/source.html", HTML, 1},
	}
	for _, tt := range tests {
		t.Run(tt.glob, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join(corpus, tt.glob))
			if len(files) == 0 {
				t.Skipf("no files match %s", tt.glob)
			}
			right := 0
			var wrong []string
			for _, f := range files {
				data, _ := os.ReadFile(f)
				got, err := Sniff(data)
				if err == nil && got == tt.want {
					right++
				} else if len(wrong) < 5 {
					wrong = append(wrong, filepath.Base(f)+"="+string(got))
				}
			}
			if share := float64(right) / float64(len(files)); share < tt.minShare {
				t.Errorf("%d of %d sniffed as %s (%.3f, want ≥ %.2f); e.g. %v", right, len(files), tt.want, share, tt.minShare, wrong)
			}
		})
	}
}

// Ensure that empty and binary input is refused with a clear sentinel.
func TestFile_BadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty.txt", nil, ErrEmpty},
		{"blank.txt", []byte(" \n\t\n"), ErrEmpty},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrUnknownFormat},
		{"zip.epub", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), ErrUnknownFormat},
	}
	for _, tt := range tests {
		_, err := File(tt.name, tt.data)
		if !errors.Is(err, tt.want) {
			t.Errorf("File(%s) error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

// Ensure that a UTF-16 text file with its byte-order mark is read as text.
func TestSniff_UTF16(t *testing.T) {
	data := []byte{0xFF, 0xFE}
	for _, r := range "A title\n\nA paragraph of text that ends.\n" {
		data = append(data, byte(r), 0)
	}
	if f, err := Sniff(data); err != nil || f == "" {
		t.Errorf("Sniff(UTF-16) = %q, %v; want a text format", f, err)
	}
}

// Ensure that a small dump of short articles stays a dump.
func TestFile_SmallDump(t *testing.T) {
	data := []byte("First headline here\n\nFirst headline here\n\nThe first article has one paragraph that is long enough to be body text.\n\n\n\nSecond headline here\n\nSecond headline here\n\nThe second article also has a paragraph of body text that ends like a sentence.\n")
	arts, err := File("two.txt", data)
	if err != nil || len(arts) != 2 {
		t.Fatalf("File = %d articles, %v; want 2", len(arts), err)
	}
}
