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

// ErrNotTrashed means an article must be in the trash before it is purged.
var ErrNotTrashed = errors.New("the article is not in the trash")

// ErrBadTag means a tag is empty, too long or has a comma.
var ErrBadTag = errors.New("a tag needs 1 to 64 characters and no comma")

// ErrCorrupt means the file is not a readable Gloss library. It is left as
// it is; the user can restore a backup.
var ErrCorrupt = errors.New("not a readable Gloss library (the file is left untouched; restore a backup)")
