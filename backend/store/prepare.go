package store

import (
	"unicode"
	"unicode/utf8"

	"gloss/backend/model"
)

// Prepared is an article made ready for the store: its compressed body and
// what the store derives from its text. Importers prepare articles on
// their parsing cores, so that the writing transaction, which runs on one
// core at a time, only looks up and copies bytes.
type Prepared struct {
	Body       []byte
	Hash       string
	Words      int
	Paragraphs int
}

// Prepare compresses a's body and derives its hash and counts.
func Prepare(a model.Article) (Prepared, error) {
	body, err := EncodeBody(a.Blocks)
	if err != nil {
		return Prepared{}, err
	}
	return Prepared{Body: body, Hash: Hash(a), Words: words(a.Text), Paragraphs: paragraphs(a)}, nil
}

// prepared returns d's preparation, doing it now when the caller did not.
func (d Doc) prepared() (Prepared, error) {
	if d.Prepared != nil {
		return *d.Prepared, nil
	}
	return Prepare(d.Article)
}

// paragraphs counts an article's paragraph blocks.
func paragraphs(a model.Article) int {
	n := 0
	for _, b := range a.Blocks {
		if b.Kind == model.Paragraph {
			n++
		}
	}
	return n
}

// asciiSpace marks the bytes below utf8.RuneSelf that unicode.IsSpace
// accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// words counts the words of s without building them; most text is ASCII,
// which is checked a byte at a time.
func words(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}
