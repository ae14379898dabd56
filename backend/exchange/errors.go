package exchange

import "errors"

// ErrUnknown means the content is not an export this package reads.
var ErrUnknown = errors.New("not an export Gloss reads (it reads Kindle clippings, Readwise CSV, Hypothesis and W3C annotations, wallabag, Omnivore, Pocket, Instapaper, Pinboard, Delicious and browser bookmark exports)")

// ErrMalformed means the file claims a format but breaks its rules: bad
// JSON, a CSV without the expected columns, an entry that cannot be read.
var ErrMalformed = errors.New("the export is damaged or incomplete; export it again from the app")

// ErrTooLarge means the file or one of its parts is bigger than any real
// export (see MaxSize and maxItems).
var ErrTooLarge = errors.New("the export is larger than Gloss reads (256 MB, a million items)")

// ErrTooDeep means the file nests structures deeper than any real export
// does (maxDepth levels); such a file is crafted or broken.
var ErrTooDeep = errors.New("the export nests deeper than any real export")

// ErrEmpty means the file is well formed but holds nothing to import.
var ErrEmpty = errors.New("the export holds nothing to import")
