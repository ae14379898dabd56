package epub

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"math/bits"
	"testing"
)

// entry is one file of a test archive.
type entry struct {
	name, body string
	store      bool // stored, not deflated
}

// zipOf builds a zip archive holding the entries in order. Entries carry
// no timestamps, so the bytes are the same on every run.
func zipOf(tb testing.TB, entries ...entry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		method := zip.Deflate
		if e.store {
			method = zip.Store
		}
		f, err := w.CreateHeader(&zip.FileHeader{Name: e.name, Method: method})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := f.Write([]byte(e.body)); err != nil {
			tb.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// containerXML names OEBPS/content.opf as the package document.
const containerXML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>`

// book builds an EPUB as the specification lays it out: the stored
// mimetype first, the container, OEBPS/content.opf, then files (named from
// the archive root).
func book(tb testing.TB, opf string, files ...entry) []byte {
	tb.Helper()
	all := []entry{
		{name: "mimetype", body: epubMime, store: true},
		{name: containerPath, body: containerXML},
		{name: "OEBPS/content.opf", body: opf},
	}
	return zipOf(tb, append(all, files...)...)
}

// opf3 is a minimal EPUB 3 package document around the given manifest
// items and spine itemrefs.
func opf3(title, manifest, spine string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:uuid:00000000-0000-4000-8000-000000000000</dc:identifier>
    <dc:title>` + title + `</dc:title>
    <dc:language>en</dc:language>
  </metadata>
  <manifest>` + manifest + `</manifest>
  <spine>` + spine + `</spine>
</package>`
}

// xhtml wraps body in a minimal XHTML content document.
func xhtml(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Chapter</title></head>
<body>` + body + `</body></html>`
}

// simpleBook is a one-chapter EPUB 3 whose chapter body is given.
func simpleBook(tb testing.TB, body string) []byte {
	tb.Helper()
	return book(tb, opf3("A Simple Book",
		`<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>`,
		`<itemref idref="c1"/>`),
		entry{name: "OEBPS/c1.xhtml", body: xhtml(body)})
}

// rawEntry adds an entry whose compressed bytes and header sizes are
// given as they are, true or not.
func rawEntry(tb testing.TB, w *zip.Writer, name string, stream []byte, size uint64, crc uint32) {
	tb.Helper()
	f, err := w.CreateRaw(&zip.FileHeader{
		Name: name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(len(stream)), UncompressedSize64: size,
	})
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := f.Write(stream); err != nil {
		tb.Fatal(err)
	}
}

// bitWriter packs bits least significant first, as deflate does.
type bitWriter struct {
	out  []byte
	acc  uint64
	nacc uint
}

func (b *bitWriter) bits(v uint64, n uint) {
	b.acc |= v << b.nacc
	for b.nacc += n; b.nacc >= 8; b.nacc -= 8 {
		b.out = append(b.out, byte(b.acc))
		b.acc >>= 8
	}
}

// code writes a Huffman code, whose bits deflate stores most significant
// first.
func (b *bitWriter) code(v uint64, n uint) {
	b.bits(bits.Reverse64(v)>>(64-n), n)
}

// literal writes a byte with the fixed Huffman code.
func (b *bitWriter) literal(c byte) {
	if c < 144 {
		b.code(0x30+uint64(c), 8)
	} else {
		b.code(0x190+uint64(c-144), 9)
	}
}

// deflateRepeat returns a raw deflate stream inflating to pattern repeated
// up to total bytes: the pattern as literals, then copies
// of 258 bytes from len(pattern) back, 13 to 25 bits each. A 2 GB bomb is
// 13 MB of stream, built in milliseconds.
func deflateRepeat(pattern []byte, total int64) []byte {
	b := &bitWriter{out: make([]byte, 0, total/150+64)}
	b.bits(1, 1) // final block
	b.bits(1, 2) // fixed Huffman codes
	p := int64(len(pattern))
	for _, c := range pattern[:min(p, total)] {
		b.literal(c)
	}
	// Distance len(pattern): code and extra bits per RFC 1951 3.2.5.
	v := uint64(p - 1)
	dcode, nb, extra := v, uint(0), uint64(0)
	if v >= 4 {
		nb = uint(bits.Len64(v)) - 2
		dcode, extra = 2*uint64(nb)+2+(v>>nb)&1, v&(1<<nb-1)
	}
	n := p
	for ; n+258 <= total; n += 258 {
		b.code(0xC5, 8) // length 258: symbol 285
		b.code(dcode, 5)
		b.bits(extra, nb)
	}
	for ; n < total; n++ {
		b.literal(pattern[n%p])
	}
	b.code(0, 7) // end of block
	b.bits(0, 7) // flush the last byte
	return b.out
}

// repeatCRC is the CRC-32 of pattern repeated up to total bytes.
func repeatCRC(pattern []byte, total int64) uint32 {
	p := int64(len(pattern))
	crc := crc32.NewIEEE()
	chunk := bytes.Repeat(pattern, int(max(1, (1<<16)/p)))
	for left := total; left > 0; {
		k := min(left, int64(len(chunk)))
		crc.Write(chunk[:k])
		left -= k
	}
	return crc.Sum32()
}
