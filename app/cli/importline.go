package cli

import (
	"fmt"

	"gloss/backend/importer"
)

// importLine is the line gloss import prints for one file: its articles,
// and for other apps' exports and backups the format and highlights.
func importLine(f importer.FileResult) string {
	s := fmt.Sprintf("%s: %d imported, %d duplicates, %d updated", f.File, f.Imported, f.Duplicates, f.Updated)
	switch {
	case f.Format == "":
		return s
	case f.Attached+f.Unmatched > 0:
		s += fmt.Sprintf("; %s: %d placed in the text, %d kept for review", counted(f.Highlights, "new highlight"), f.Attached, f.Unmatched)
	case f.Highlights > 0:
		s += "; " + counted(f.Highlights, "highlight")
	}
	return s + " (" + f.Format + ")"
}

// counted writes a count with its noun, in the singular for one.
func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
