package html

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Ensure that scripts, event handlers, javascript: URLs, iframes, styles
// and noscript markup never reach the article.
func TestParse_Hostile(t *testing.T) {
	arts, err := Parse("hostile.html", mustRead(t, "testdata/hostile.html"))
	if err != nil {
		t.Fatalf("got error %v, want none", err)
	}
	all := arts[0].Title + arts[0].Text
	for _, b := range arts[0].Blocks {
		all += "\n" + b.Text
	}
	for _, bad := range []string{"alert(", "javascript:", "must not appear", "tracker", "onerror", "<", "Share on Facebook", "Privacy"} {
		if strings.Contains(all, bad) {
			t.Errorf("got %q in the article, want it dropped", bad)
		}
	}
	if !strings.Contains(all, "A link to a javascript address") {
		t.Errorf("got no link words, want the words of the link kept")
	}
}

// Ensure that the encodings saved pages come in are decoded.
func TestParse_Charsets(t *testing.T) {
	page := string(mustRead(t, "testdata/article.html"))
	page = strings.Replace(page, "Tom Reyes", "Zoë Müller", 1)
	noMeta := strings.Replace(page, `<meta charset="utf-8">`, "", 1)
	u16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(noMeta)
	if err != nil {
		t.Fatal(err)
	}
	w1252, err := charmap.Windows1252.NewEncoder().String(noMeta)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
	}{
		{"utf-8", page},
		{"utf-8 BOM", "\uFEFF" + noMeta},
		{"utf-16le BOM", u16},
		{"windows-1252 sniffed", w1252},
		{"latin-1 meta", strings.Replace(w1252, "<head>", `<head><meta charset="iso-8859-1">`, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := Parse(tt.name, []byte(tt.data))
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if !strings.Contains(arts[0].Text, "Zoë Müller") {
				t.Errorf("got text without %q, want it decoded", "Zoë Müller")
			}
		})
	}
}

// Ensure that bad input fails with the right error, quickly.
func TestParse_BadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"too large", bytes.Repeat([]byte("a"), MaxSize+1), ErrTooLarge},
		{"empty page", []byte("<html><body></body></html>"), ErrNoContent},
		{"only nav", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), ErrNoContent},
		{"binary", []byte("\x00\x01\x02PK\x03\x04"), ErrNotHTML},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.name, tt.data)
			if !errors.Is(err, tt.want) {
				t.Errorf("got error %v, want %v", err, tt.want)
			}
		})
	}
}

// Ensure that 100,000 nested elements neither exhaust the stack nor take
// more than two seconds, and that their text is still read.
func TestParse_DeepNesting(t *testing.T) {
	for _, tag := range []string{"div", "span", "b", "table"} {
		t.Run(tag, func(t *testing.T) {
			page := "<html><body>" + strings.Repeat("<"+tag+">", 100000) +
				"<p>Deep text that is still an article paragraph of some length.</p></body></html>"
			start := time.Now()
			_, err := Parse("deep.html", []byte(page))
			// A hang guard, not a speed measure: quadratic work on this
			// input takes far longer, even on a loaded machine.
			limit := 30 * time.Second
			if raceEnabled {
				limit *= 4 // the race detector slows everything about fivefold
			}
			if d := time.Since(start); d > limit {
				t.Errorf("got %v, want under %v", d, limit)
			}
			if err != nil && !errors.Is(err, ErrNoContent) {
				t.Errorf("got error %v, want none or ErrNoContent", err)
			}
		})
	}
}

// Ensure that invalid UTF-8 does not fail the page.
func TestParse_InvalidUTF8(t *testing.T) {
	page := strings.Replace(string(mustRead(t, "testdata/article.html")), "Tom Reyes", "Tom \xff\xfe Reyes", 1)
	if _, err := Parse("bad.html", []byte(page)); err != nil {
		t.Errorf("got error %v, want none", err)
	}
}

func TestLooks(t *testing.T) {
	tests := []struct {
		name string
		data string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><html><body>x</body></html>", true},
		{"leading space and comment", "\n  <!-- saved --><html>", true},
		{"bare paragraph", "<p>Hello</p>", true},
		{"xhtml", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, true},
		{"utf-16", "\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", true},
		{"plain text", "Title\n\nA paragraph.", false},
		{"markdown", "# Title\n\nSome *text*.", false},
		{"json", `{"a": 1}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Looks([]byte(tt.data)); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
