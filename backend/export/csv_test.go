package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"testing"
)

// Ensure that cells a spreadsheet would evaluate get a leading quote and
// nothing else changes.
func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=SUM(A1:A9)", "'=SUM(A1:A9)"},
		{"+1 555 0100", "'+1 555 0100"},
		{"-2+3", "'-2+3"},
		{"@cmd", "'@cmd"},
		{"\tindent", "'\tindent"},
		{"\rreturn", "'\rreturn"},
		{"plain text", "plain text"},
		{"a = b", "a = b"},
		{"'quoted", "'quoted"},
		{"", ""},
		{"１=full-width", "１=full-width"},
	}
	for _, tt := range tests {
		if got := Neutralize(tt.in); got != tt.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Ensure that the CSV reads back with Readwise's exact header, one row per
// highlight, every cell intact or neutralised.
func TestRender_CSV_ReadsBack(t *testing.T) {
	out, err := Render(CSV, sampleArticles(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Highlight", "Title", "Author", "URL", "Note", "Location", "Date"}; !slices.Equal(rows[0], want) {
		t.Errorf("header = %q, want %q", rows[0], want)
	}
	if len(rows) != 6 {
		t.Fatalf("%d rows, want a header and 5 highlights", len(rows))
	}
	if got := rows[2][0]; got != "'=£4m, is <b>too high</b>" {
		t.Errorf("formula-like highlight = %q, want it prefixed with '", got)
	}
	if got := rows[3][0]; got != "by 2027.\n\nCritics say" {
		t.Errorf("multi-line highlight = %q, want its line breaks kept", got)
	}
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && bytes.ContainsRune([]byte("=+-@\t\r"), rune(cell[0])) {
				t.Errorf("cell %q starts with a formula character", cell)
			}
		}
	}
}
