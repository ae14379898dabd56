package anchor

import "errors"

// ErrNotFound means the highlighted text is no longer in the article, or no
// candidate scored at least Threshold: the highlight is an orphan. Show it
// in the notes list with its stored quote and let the user re-attach or
// delete it.
var ErrNotFound = errors.New("highlighted text not found in this version of the article")

// ErrInvalidRange means a range given to Describe is empty, inverted or
// outside the text; select some text of the article and try again.
var ErrInvalidRange = errors.New("invalid text range")

// ErrEmptyQuote means a Selector has no exact quote to look for; such a
// selector cannot be re-anchored and should be described again.
var ErrEmptyQuote = errors.New("selector has an empty quote")
