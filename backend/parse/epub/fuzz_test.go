package epub

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"gloss/backend/model"
)

// FuzzParse checks that no input panics or runs past the time limit, that
// every failure wraps one of the package's errors, and that every article
// obeys the model's invariants and carries no script text.
func FuzzParse(f *testing.F) {
	books, err := filepath.Glob("testdata/*.epub")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range books {
		f.Add(mustRead(f, p))
	}
	f.Add(simpleBook(f, "<p>x</p>"))
	f.Add(zipOf(f, entry{name: containerPath, body: containerXML}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		start := time.Now()
		arts, err := Parse("fuzz.epub", data)
		if d := time.Since(start); d > maxTime() {
			t.Fatalf("took %v, want under %v", d, maxTime())
		}
		if err != nil {
			for _, known := range []error{ErrNotEPUB, ErrMalformed, ErrTooLarge, ErrUnsafePath, ErrEncrypted, ErrNoContent} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("got error %v, which wraps none of the package's errors", err)
		}
		if len(arts) != 1 {
			t.Fatalf("got %d articles, want 1", len(arts))
		}
		checkInvariants(t, arts[0])
	})
}

// checkInvariants checks the model's promises and that no script text (the
// fixtures' scripts all call alert) reached the article.
func checkInvariants(t *testing.T, a model.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) {
		t.Fatalf("got invalid UTF-8")
	}
	if a.Dir != "ltr" && a.Dir != "rtl" {
		t.Fatalf("got dir %q", a.Dir)
	}
	if strings.Contains(a.Text, "alert(") {
		t.Fatalf("got script text in %q", a.Text)
	}
	runes := []rune(a.Text)
	for _, b := range a.Blocks {
		if b.Text == "" || b.Text != model.Fold(b.Text) {
			t.Fatalf("got block %q, not folded", b.Text)
		}
		if !b.Kind.InBody() {
			continue
		}
		if b.Start < 0 || b.End > len(runes) || string(runes[b.Start:b.End]) != b.Text {
			t.Fatalf("got block offsets [%d,%d) that do not hold %q", b.Start, b.End, b.Text)
		}
	}
}
