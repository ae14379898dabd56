package notes

import "errors"

// ErrBadInput means a colour, note or tag list is out of bounds.
var ErrBadInput = errors.New("bad highlight input")
