package epub

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// maxTime is a hang guard, not a speed measure (the benchmarks measure
// speed): a trap input that makes the parser quadratic or worse runs for
// far longer than this even on a loaded machine. The race detector slows
// the code down about tenfold.
func maxTime() time.Duration {
	if raceEnabled {
		return 2 * time.Minute
	}
	return 30 * time.Second
}

// wantErr parses data and checks the error wraps want and names the file
// and each of the given words.
func wantErr(t *testing.T, data []byte, want error, words ...string) {
	t.Helper()
	start := time.Now()
	arts, err := Parse("trap.epub", data)
	if d := time.Since(start); d > maxTime() {
		t.Errorf("took %v, want under %v", d, maxTime())
	}
	if !errors.Is(err, want) {
		t.Fatalf("got %v (%d articles), want an error wrapping %q", err, len(arts), want)
	}
	for _, w := range append([]string{"epub: trap.epub: "}, words...) {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not say %q", err, w)
		}
	}
}

// bombBook is a one-chapter book whose chapter inflates to size bytes of
// pattern, while its zip headers claim claimed bytes.
func bombBook(t *testing.T, pattern string, size, claimed int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range []entry{{name: "mimetype", body: epubMime, store: true}, {name: containerPath, body: containerXML}, {name: "OEBPS/content.opf", body: opf3("Bomb",
		`<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>`, `<itemref idref="c1"/>`)}} {
		f, _ := w.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store})
		f.Write([]byte(e.body))
	}
	rawEntry(t, w, "OEBPS/c1.xhtml", deflateRepeat([]byte(pattern), size), uint64(claimed), 0)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Ensure that a chapter inflating to gigabytes is refused after
// MaxEntrySize bytes, whether its headers own up to its size or lie.
func TestParse_ZipBomb(t *testing.T) {
	const gb = 2 << 30
	t.Run("honest header", func(t *testing.T) {
		data := bombBook(t, "\x00", gb, gb)
		t.Logf("%d KB expanding to %d GB", len(data)>>10, gb>>30)
		wantErr(t, data, ErrTooLarge, "OEBPS/c1.xhtml", fmt.Sprintf("more than %d MB", MaxEntrySize>>20))
	})
	t.Run("lying header", func(t *testing.T) {
		wantErr(t, bombBook(t, "<p>boom</p>", gb, 1000), ErrMalformed, "OEBPS/c1.xhtml", "corrupt")
	})
	t.Run("bomb the text never reads", func(t *testing.T) {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		for _, e := range []entry{{name: "mimetype", body: epubMime}, {name: containerPath, body: containerXML},
			{name: "OEBPS/content.opf", body: opf3("Pictures", `<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
			<item id="i" href="big.png" media-type="image/png"/>`, `<itemref idref="c1"/>`)},
			{name: "OEBPS/c1.xhtml", body: xhtml(`<p>Only the picture is big.</p><img src="big.png" alt="Big"/>`)}} {
			f, _ := w.Create(e.name)
			f.Write([]byte(e.body))
		}
		rawEntry(t, w, "OEBPS/big.png", deflateRepeat([]byte{0}, gb), gb, 0)
		w.Close()
		if a := mustParse(t, "pictures.epub", buf.Bytes()); a.Text != "Only the picture is big." {
			t.Errorf("text = %q", a.Text)
		}
	})
}

// Ensure that many chapters, each within MaxEntrySize, are refused once
// together they inflate past MaxTotalSize, within the time limit.
func TestParse_TotalTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates MaxTotalSize bytes")
	}
	const each = MaxEntrySize - 1<<20
	pattern := []byte("<p>" + strings.Repeat("Ten words of prose to fill a chapter of this bomb. ", 20) + "</p>\n")
	stream, crc := deflateRepeat(pattern, each), repeatCRC(pattern, each)
	var manifest, spine strings.Builder
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	n := MaxTotalSize/each + 2
	for i := range n {
		fmt.Fprintf(&manifest, `<item id="c%d" href="c%d.xhtml" media-type="application/xhtml+xml"/>`, i, i)
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, i)
		rawEntry(t, w, fmt.Sprintf("OEBPS/c%d.xhtml", i), stream, each, crc)
	}
	for _, e := range []entry{{name: containerPath, body: containerXML}, {name: "OEBPS/content.opf", body: opf3("Big", manifest.String(), spine.String())}} {
		f, _ := w.Create(e.name)
		f.Write([]byte(e.body))
	}
	w.Close()
	wantErr(t, buf.Bytes(), ErrTooLarge, fmt.Sprintf("more than %d MB", MaxTotalSize>>20))
}

// Ensure that archives with more than MaxEntries entries are refused, and
// that a directory of far more is refused before it is read whole.
func TestParse_TooManyEntries(t *testing.T) {
	for _, n := range []int{MaxEntries + 1, 20 * MaxEntries} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			files := []entry{{name: "mimetype", body: epubMime, store: true}, {name: containerPath, body: containerXML}}
			for i := range n {
				files = append(files, entry{name: fmt.Sprintf("OEBPS/f%d", i), store: true})
			}
			wantErr(t, zipOf(t, files...), ErrTooLarge, "more than 10000")
		})
	}
}

// Ensure that entry names and hrefs that are absolute or climb out of the
// archive refuse the book, naming the culprit.
func TestParse_PathTraversal(t *testing.T) {
	for _, name := range []string{"../evil.xhtml", "OEBPS/../../evil.xhtml", "/etc/passwd", `..\..\evil.xhtml`, "C:/Windows/evil.xhtml", "OEBPS/\x00.xhtml"} {
		t.Run(name, func(t *testing.T) {
			data := book(t, opf3("T", `<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>`, `<itemref idref="c1"/>`),
				entry{name: "OEBPS/c1.xhtml", body: xhtml("<p>Fine.</p>")}, entry{name: name, body: "x"})
			wantErr(t, data, ErrUnsafePath, fmt.Sprintf("%q", name))
		})
	}
	t.Run("manifest href", func(t *testing.T) {
		data := book(t, opf3("T", `<item id="c1" href="../../../etc/passwd" media-type="application/xhtml+xml"/>`, `<itemref idref="c1"/>`))
		wantErr(t, data, ErrUnsafePath, "../../../etc/passwd")
	})
	t.Run("rootfile", func(t *testing.T) {
		c := strings.Replace(containerXML, "OEBPS/content.opf", "../content.opf", 1)
		data := zipOf(t, entry{name: "mimetype", body: epubMime, store: true}, entry{name: containerPath, body: c})
		wantErr(t, data, ErrUnsafePath, "../content.opf")
	})
}
