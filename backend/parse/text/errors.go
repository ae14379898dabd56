package text

import "errors"

// ErrNoContent means the file holds no article text: it is empty or only
// whitespace and markup.
var ErrNoContent = errors.New("no article text found")

// ErrNotText means the content is binary (NUL bytes or many control
// characters), not text.
var ErrNotText = errors.New("not a text file")
