package finder

import "errors"

// ErrIndexing means the index is still being built; try again shortly.
var ErrIndexing = errors.New("the search index is being built; try again in a moment")
