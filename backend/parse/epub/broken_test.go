package epub

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// Ensure that every truncation of a book fails cleanly: a clear error, no
// panic, no article made of half a chapter.
func TestParse_Truncated(t *testing.T) {
	data := epub3Book(t)
	for n := range len(data) {
		_, err := Parse("cut.epub", data[:n])
		switch {
		case n < 4 && !errors.Is(err, ErrNotEPUB):
			t.Fatalf("first %d bytes: got %v, want ErrNotEPUB", n, err)
		case n >= 4 && !errors.Is(err, ErrMalformed):
			t.Fatalf("first %d bytes: got %v, want ErrMalformed", n, err)
		}
	}
	wantErr(t, data[:len(data)/2], ErrMalformed, "truncated or corrupt")
}

// Ensure that a chapter whose compressed bytes are damaged is reported as
// corrupt, by name, rather than read as garbage.
func TestParse_Corrupt(t *testing.T) {
	body := xhtml("<p>" + strings.Repeat("The keeper trims the wick and logs the hour. ", 200) + "</p>")
	data := simpleBook(t, body)
	// 40 bytes into the chapter's deflate stream, which follows its local
	// header's name (the entries have no extra fields).
	i := bytes.Index(data, []byte("OEBPS/c1.xhtml")) + len("OEBPS/c1.xhtml") + 40
	bad := bytes.Clone(data)
	bad[i] ^= 0xFF
	wantErr(t, bad, ErrMalformed, "OEBPS/c1.xhtml", "corrupt")
}

// Ensure that files that are not EPUBs, and EPUBs missing their
// container or package document, say which and what is missing.
func TestParse_NotEPUB(t *testing.T) {
	opf := opf3("T", `<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>`, `<itemref idref="c1"/>`)
	mime := entry{name: "mimetype", body: epubMime, store: true}
	tests := []struct {
		name  string
		data  []byte
		want  error
		words []string
	}{
		{"empty", nil, ErrNotEPUB, []string{"not a zip"}},
		{"text", []byte("Just some text, not a book."), ErrNotEPUB, []string{"not a zip"}},
		{"other zip", zipOf(t, entry{name: "word/document.xml", body: "<w/>"}), ErrNotEPUB, []string{containerPath}},
		{"no container", zipOf(t, mime, entry{name: "OEBPS/content.opf", body: opf}), ErrMalformed, []string{containerPath + " is missing"}},
		{"container not XML", zipOf(t, mime, entry{name: containerPath, body: "<container><rootfiles"}), ErrMalformed, []string{containerPath, "not valid XML"}},
		{"container without rootfile", zipOf(t, mime, entry{name: containerPath, body: "<container/>"}), ErrMalformed, []string{"full-path"}},
		{"no package document", zipOf(t, mime, entry{name: containerPath, body: containerXML}), ErrMalformed, []string{"OEBPS/content.opf is missing"}},
		{"package not XML", book(t, "<package><manifest><item"), ErrMalformed, []string{"OEBPS/content.opf", "not valid XML"}},
		{"package without spine", book(t, `<package><manifest><item id="a" href="a.xhtml"/></manifest></package>`), ErrMalformed, []string{"no manifest or no spine"}},
		{"no text", book(t, opf, entry{name: "OEBPS/c1.xhtml", body: xhtml(`<img src="p.png" alt=""/>`)}), ErrNoContent, nil},
		{"chapters missing", book(t, opf), ErrNoContent, nil},
		{"encrypted", book(t, opf, entry{name: "OEBPS/c1.xhtml", body: "\x8f\x01ciphertext"}, entry{name: "META-INF/encryption.xml", body: `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/c1.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>`}), ErrEncrypted, []string{"OEBPS/c1.xhtml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantErr(t, tt.data, tt.want, tt.words...) })
	}
}

// Ensure that obfuscated fonts, which EPUB 3 lists in encryption.xml, do
// not make a book look protected.
func TestParse_ObfuscatedFont(t *testing.T) {
	data := book(t, opf3("T", `<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>`, `<itemref idref="c1"/>`),
		entry{name: "OEBPS/c1.xhtml", body: xhtml("<p>Readable text.</p>")},
		entry{name: "META-INF/encryption.xml", body: `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/><enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData></enc:EncryptedData></encryption>`})
	if a := mustParse(t, "font.epub", data); a.Text != "Readable text." {
		t.Errorf("text = %q", a.Text)
	}
}

// Ensure that a book of more than MaxBlocks blocks or MaxTags tags is
// refused, and that absurd nesting reads in linear time.
func TestParse_Shapes(t *testing.T) {
	wantErr(t, simpleBook(t, strings.Repeat("<p>a</p>", MaxBlocks+1)), ErrTooLarge, "OEBPS/c1.xhtml", "blocks")
	// A tag with an attribute spends two; 7.5 MB stays under MaxEntrySize.
	wantErr(t, simpleBook(t, strings.Repeat("<b a>", MaxTags/2+1)), ErrTooLarge, "OEBPS/c1.xhtml", "tags and attributes")
	deep := strings.Repeat("<div><blockquote>", 200000) + "<p>Deep down, one sentence.</p>"
	a := mustParse(t, "deep.epub", simpleBook(t, deep))
	if a.Text != "Deep down, one sentence." || a.Blocks[0].Kind != "quote" {
		t.Errorf("got %q as %s, want the sentence as a quote", a.Text, a.Blocks[0].Kind)
	}
}

// endless is a reader that never ends.
type endless struct{ n int64 }

func (e *endless) Read(p []byte) (int, error) {
	e.n += int64(len(p))
	return len(p), nil
}

// Ensure that readLimited stops one byte past its limit, whatever the
// source would give.
func TestReadLimited(t *testing.T) {
	r := &endless{}
	data, err := readLimited(r, 1000)
	if !errors.Is(err, ErrTooLarge) || len(data) != 1000 || r.n > 1<<20 {
		t.Errorf("got %d bytes, error %v, %d read; want 1000, ErrTooLarge, little read", len(data), err, r.n)
	}
	data, err = readLimited(io.LimitReader(r, 10), 1000)
	if err != nil || len(data) != 10 {
		t.Errorf("got %d bytes, error %v; want 10, none", len(data), err)
	}
}
