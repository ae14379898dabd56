package library

import "errors"

// ErrBadQuery means a query names an unknown view or order, or a bad page.
var ErrBadQuery = errors.New("bad library query")
