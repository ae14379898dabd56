package epub

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// repeatBook is a book of n chapters, each inflating to size bytes of
// pattern.
func repeatBook(tb testing.TB, pattern string, size int64, n int) []byte {
	tb.Helper()
	stream, crc := deflateRepeat([]byte(pattern), size), repeatCRC([]byte(pattern), size)
	var manifest, spine strings.Builder
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for i := range n {
		fmt.Fprintf(&manifest, `<item id="c%d" href="c%d.xhtml" media-type="application/xhtml+xml"/>`, i, i)
		fmt.Fprintf(&spine, `<itemref idref="c%d"/>`, i)
		rawEntry(tb, w, fmt.Sprintf("OEBPS/c%d.xhtml", i), stream, uint64(size), crc)
	}
	for _, e := range []entry{{name: containerPath, body: containerXML}, {name: "OEBPS/content.opf", body: opf3("Big", manifest.String(), spine.String())}} {
		f, _ := w.Create(e.name)
		f.Write([]byte(e.body))
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// Ensure that the costliest shapes of input the limits let through, or
// stop, each take under the time limit: MaxTotalSize of text, of tags, of
// attributes, of tiny paragraphs, of decomposed accents (which
// normalisation recomposes), and one tag of millions of attributes. The
// time is CPU time, so a busy machine does not fail the test.
func TestParse_WorstCases(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates MaxTotalSize bytes per case")
	}
	prose := strings.Repeat("Ten words of prose to fill a chapter of this bomb. ", 20)
	half := int64(MaxTotalSize/2 - 1<<20)
	tests := []struct {
		name    string
		data    func() []byte
		wantErr error
	}{
		{"long paragraphs", func() []byte { return repeatBook(t, "<p>"+prose+"</p>\n", half, 2) }, nil},
		{"plain text", func() []byte { return repeatBook(t, prose, half, 2) }, nil},
		{"decomposed accents", func() []byte { return repeatBook(t, "Cafe\u0301 cre\u0300me bru\u0302le\u0301e.\n", half, 2) }, nil},
		{"entities", func() []byte { return repeatBook(t, "&amp;&lt;&#x41;&nbsp;", half, 2) }, nil},
		{"tiny paragraphs", func() []byte { return repeatBook(t, "<p>a</p>", 3<<20, 1) }, nil},
		{"bare tags", func() []byte { return repeatBook(t, "<b>", half, 2) }, ErrTooLarge},
		{"attributes", func() []byte { return repeatBook(t, "<p a=1 b=2 c=3 d=4 e=5 f=6 g=7 h=8 i=9>", half, 2) }, ErrTooLarge},
		{"line breaks", func() []byte { return repeatBook(t, "x<br>", half, 2) }, ErrTooLarge},
		{"images", func() []byte { return repeatBook(t, "<img alt=x>", half, 1) }, ErrTooLarge},
		{"one huge tag", func() []byte { return simpleBook(t, "<p "+strings.Repeat("a ", MaxEntrySize/2-1<<10)+">x</p>") }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data()
			start := cpuTime()
			_, err := Parse("worst.epub", data)
			spent := cpuTime() - start
			t.Logf("%v CPU, error %v", spent, err)
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("got %v, want %v", err, tt.wantErr)
			}
			if spent > maxTime() {
				t.Errorf("took %v of CPU, want under %v", spent, maxTime())
			}
		})
	}
}
