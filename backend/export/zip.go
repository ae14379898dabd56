package export

import (
	"archive/zip"
	"fmt"
	"io"
)

// WriteZip writes one Markdown file per article into a zip archive, named
// as Write names them in an empty folder. The browser face offers it as
// one download where the window writes a folder; unpacked into an
// Obsidian vault, a later Write into that folder updates the files in
// place.
func WriteZip(w io.Writer, arts []Article) (Summary, error) {
	var sum Summary
	zw := zip.NewWriter(w)
	names := newNamer(nil)
	for i := range arts {
		a := &arts[i]
		fields, region := markdownFile(a)
		text, err := composeMarkdown("", fields, region)
		if err != nil {
			return sum, fmt.Errorf("export: zip: %w", err)
		}
		name := names.pick(SafeName(a.Title), Markdown.Ext())
		f, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		if err == nil {
			_, err = io.WriteString(f, text)
		}
		if err != nil {
			return sum, fmt.Errorf("export: zip %s: %w", name, err)
		}
		sum.Files = append(sum.Files, name)
		sum.Articles++
		sum.Highlights += len(a.Highlights)
	}
	if err := zw.Close(); err != nil {
		return sum, fmt.Errorf("export: zip: %w", err)
	}
	return sum, nil
}
