package exchange

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// csvTable is a CSV export: its rows, read by header name.
type csvTable struct {
	cols map[string]int // lower-cased header name to column
	rows [][]string
}

// readCSV reads a CSV export whose first line names its columns.
func readCSV(name string, data []byte) (csvTable, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.ReuseRecord = false
	header, err := r.Read()
	if err != nil {
		return csvTable{}, fmt.Errorf("exchange: %s: header: %w: %w", name, ErrMalformed, err)
	}
	t := csvTable{cols: map[string]int{}}
	for i, h := range header {
		t.cols[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := r.FieldPos(0)
			return csvTable{}, fmt.Errorf("exchange: %s: line %d: %w: %w", name, line, ErrMalformed, err)
		}
		if len(t.rows) >= maxItems {
			return csvTable{}, fmt.Errorf("exchange: %s: more than %d rows: %w", name, maxItems, ErrTooLarge)
		}
		t.rows = append(t.rows, rec)
	}
	return t, nil
}

// get returns the trimmed cell of row under the first header of names
// that the table has; "" when none.
func (t csvTable) get(row []string, names ...string) string {
	for _, n := range names {
		if i, ok := t.cols[n]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
	}
	return ""
}
