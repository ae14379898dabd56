package dump

import "errors"

// ErrNoArticles means the text holds no title followed by body text; the
// file is empty or holds only page chrome.
var ErrNoArticles = errors.New("no article found")

// ErrNotText means the content is binary (NUL bytes or many control
// characters), not a text dump.
var ErrNotText = errors.New("not a text file")
