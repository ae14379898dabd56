package epub

import (
	"archive/zip"
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParseParts fuzzes what lies inside the archive, where mutations of
// the compressed bytes of FuzzParse rarely reach: the package document, a
// content document (also serving as navigation document) and an NCX,
// stored in an otherwise well-formed book.
func FuzzParseParts(f *testing.F) {
	books, err := filepath.Glob("testdata/*.epub")
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range books {
		files := unzip(f, mustRead(f, p))
		var opf, ncx string
		var docs []string
		for name, body := range files {
			switch {
			case strings.HasSuffix(name, ".opf"):
				opf = body
			case strings.HasSuffix(name, ".ncx"):
				ncx = body
			case strings.HasSuffix(name, ".xhtml"):
				docs = append(docs, body)
			}
		}
		for _, doc := range docs {
			f.Add(opf, doc, ncx)
		}
	}
	f.Fuzz(func(t *testing.T, opf, doc, ncx string) {
		if len(opf)+len(doc)+len(ncx) > 1<<20 {
			return
		}
		var files []entry
		for _, name := range []string{"c1.xhtml", "text/part1/ch1.xhtml", "Text/Letter1.xhtml", "nav.xhtml", "nav/toc.xhtml"} {
			files = append(files, entry{name: "OEBPS/" + name, body: doc, store: true})
		}
		files = append(files, entry{name: "OEBPS/toc.ncx", body: ncx, store: true}, entry{name: "toc.ncx", body: ncx, store: true})
		arts, err := Parse("parts.epub", book(t, opf, files...))
		if err == nil {
			checkInvariants(t, arts[0])
		}
	})
}

// unzip returns the files of an archive by name.
func unzip(tb testing.TB, data []byte) map[string]string {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		out[f.Name] = string(b)
	}
	return out
}
