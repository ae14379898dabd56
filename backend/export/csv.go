package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
)

// readwiseHeader is the header of Readwise's CSV import, in its order.
var readwiseHeader = []string{"Highlight", "Title", "Author", "URL", "Note", "Location", "Date"}

// readwiseDate is the Date layout Readwise's import reads.
const readwiseDate = "2006-01-02 15:04:05"

// renderCSV writes one row per highlight in Readwise's import format.
// Tags go into the note as ".tag" words, Readwise's inline tag syntax;
// Location is the highlight's offset in the text (empty for orphans), so
// Readwise keeps reading order.
func renderCSV(arts []Article) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.UseCRLF = true // RFC 4180, what spreadsheet programs expect
	if err := w.Write(readwiseHeader); err != nil {
		return nil, err
	}
	for i := range arts {
		a := &arts[i]
		for _, h := range a.Highlights {
			note := h.Note
			var tags []string
			for _, t := range h.Tags {
				if t = obsidianTag(t); t != "" {
					tags = append(tags, "."+t)
				}
			}
			if len(tags) > 0 {
				note = strings.TrimSpace(note + "\n" + strings.Join(tags, " "))
			}
			loc := ""
			if !h.Orphan {
				loc = strconv.Itoa(h.Start)
			}
			date := ""
			if !h.Created.IsZero() {
				date = h.Created.UTC().Format(readwiseDate)
			}
			row := []string{h.Exact, a.Title, a.Byline, a.URL, note, loc, date}
			for j := range row {
				row[j] = Neutralize(row[j])
			}
			if err := w.Write(row); err != nil {
				return nil, err
			}
		}
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// Neutralize defuses a spreadsheet cell: text starting with = + - @, a
// tab or a carriage return would be read as a formula by Excel, LibreOffice
// or Google Sheets (CSV injection), so it gets a leading single quote,
// which those programs show as text and do not evaluate.
func Neutralize(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
