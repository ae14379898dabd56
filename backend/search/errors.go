package search

import "errors"

var (
	// ErrQuery is returned for a malformed query: an unknown in: or is:
	// value, a date that is not YYYY-MM-DD, or a filter without a value.
	ErrQuery = errors.New("malformed query")

	// ErrCorrupt is returned when a saved index is truncated or damaged;
	// rebuild it from the library.
	ErrCorrupt = errors.New("saved index is corrupt")

	// ErrVersion is returned when a saved index was written by another
	// version of the format; rebuild it from the library.
	ErrVersion = errors.New("saved index has an unknown format version")
)
