package store

import "errors"

var (
	// ErrLocked means another Gloss process holds the library file open.
	ErrLocked = errors.New("the library is open in another Gloss window; close it or use --db to choose another library")

	// ErrNotFound means no article has the requested ID.
	ErrNotFound = errors.New("no such article")

	// ErrNewerSchema means the file was written by a newer Gloss; it is left
	// untouched.
	ErrNewerSchema = errors.New("the library was written by a newer version of Gloss; update Gloss to open it")
)
