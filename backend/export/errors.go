package export

import "errors"

// ErrUnknownFormat means the requested export format is not one of Formats.
var ErrUnknownFormat = errors.New("unknown export format; use md, csv, json, html or txt")

// ErrBrokenRegion means a Markdown file Gloss wrote earlier has lost one of
// its "%% gloss:begin %%" / "%% gloss:end %%" lines, so Gloss cannot tell
// its text from the user's.
var ErrBrokenRegion = errors.New("the file's %% gloss:begin %% and %% gloss:end %% lines are damaged; put them back or move the file away, then export again")

// ErrNotBackup means the file is not a Gloss backup.
var ErrNotBackup = errors.New("not a Gloss backup file")

// ErrNewerBackup means the backup was written by a newer Gloss.
var ErrNewerBackup = errors.New("the backup was written by a newer version of Gloss; update Gloss to read it")

// ErrTooLarge means a backup exceeds the size or count limits.
var ErrTooLarge = errors.New("the backup is larger than Gloss accepts (1 GiB, a million articles)")

// ErrBadBackup means a backup is readable JSON but its content is invalid.
var ErrBadBackup = errors.New("the backup's content is invalid")
