package html

import "errors"

// ErrTooLarge means the page is bigger than MaxSize; saved articles are
// far smaller, so such a file is not one.
var ErrTooLarge = errors.New("page is larger than 50 MB")

// ErrNoContent means no article text was found: the page is empty, holds
// only navigation, or needs JavaScript to show its text.
var ErrNoContent = errors.New("no article text found in the page")

// ErrNotHTML means the bytes are not an HTML page (binary or plain text).
var ErrNotHTML = errors.New("not an HTML page")
