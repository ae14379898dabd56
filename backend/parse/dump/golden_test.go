package dump

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	xunicode "golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite testdata/*.txt-result.json from the parser's output")

// Ensure that every hand-written dump in testdata parses to its golden
// file x.txt-result.json.
func TestParse_Golden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata/*.txt: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			arts, err := Parse(filepath.Base(f), data)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			for _, a := range arts {
				checkInvariants(t, a)
			}
			got, err := json.MarshalIndent(arts, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := f + "-result.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// Ensure that input with no article, or that is not text, fails with the
// matching sentinel error.
func TestParse_Errors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty", "", ErrNoArticles},
		{"blank lines", "\n\n \r\n\t\n", ErrNoArticles},
		{"chrome only", "Share\nTT\n20\nPrint\n", ErrNoArticles},
		{"NUL bytes", "Title\x00\x00\nBody text here.", ErrNotText},
		{"controls", "\x01\x02\x03\x04\x05\x06\x07\x08", ErrNotText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.txt", []byte(tt.data))
			if !errors.Is(err, tt.want) {
				t.Errorf("got error %v, want %v", err, tt.want)
			}
		})
	}
}

// Ensure that a UTF-16 file with a byte-order mark reads like its UTF-8
// original.
func TestParse_UTF16(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "crlf.txt"))
	if err != nil {
		t.Fatal(err)
	}
	enc, err := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewEncoder().Bytes(data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Parse("crlf.txt", data)
	got, err := Parse("utf16.txt", enc)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || got[0].Text != want[0].Text {
		t.Errorf("got %d articles, want %d with the same text", len(got), len(want))
	}
}
