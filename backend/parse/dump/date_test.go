package dump

import "testing"

// Ensure that date stamps in the usual formats give ISO dates and that
// sentences, dates without a year and impossible dates give none.
func TestIsDateLine(t *testing.T) {
	tests := []struct {
		line string
		want string // "" when the line is not a date line
	}{
		{"Wednesday, 21 January, 2024 - 17:57", "2024-01-21"},
		{"March 5, 2024", "2024-03-05"},
		{"Published 12 March 2024", "2024-03-12"},
		{"5 Mar 2024 10:02 GMT", "2024-03-05"},
		{"2024-03-05", "2024-03-05"},
		{"2024-03-05T10:02", "2024-03-05"},
		{"Updated Sept. 9th, 2023 at 4 p.m.", "2023-09-09"},
		{"Sunday, 27 February", ""},
		{"31 February 2024", ""},
		{"The council met on 5 March 2024 to discuss the harbour budget.", ""},
		{"1500 GMT", ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			got := ""
			if isDateLine(tt.line) {
				got, _ = findDate(tt.line)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
