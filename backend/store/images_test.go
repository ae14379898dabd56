package store

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"gloss/backend/model"
)

// Ensure that pictures are stored with their article, once, keyed by
// content, and that the figure naming one keeps its key in the body.
func TestStore_Add_Images(t *testing.T) {
	s := mustOpen(t)
	pic := NewImage([]byte("\x89PNG\r\n\x1a\nnot really a picture"))
	a := model.New("With a picture", []model.Block{
		{Kind: model.Paragraph, Text: "A paragraph."},
		{Kind: model.Figure, Image: pic.Key},
		{Kind: model.Caption, Text: "The caption."},
	})
	other := article("Same picture, other article", "Another paragraph.")
	other.Blocks = append(other.Blocks, model.Block{Kind: model.Figure, Text: "alt", Image: pic.Key})
	added, err := s.Add([]Doc{{Article: a, Images: []Image{pic}}, {Article: other, Images: []Image{pic}}})
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.Image(pic.Key)
	if err != nil || !bytes.Equal(got, pic.Data) {
		t.Fatalf("Image = %q, %v; want the stored bytes", got, err)
	}
	_, body, err := s.Get(added[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(body.Blocks) != 3 || body.Blocks[1].Image != pic.Key {
		t.Errorf("got blocks %+v, want the figure with its picture's key", body.Blocks)
	}
}

// Ensure that unknown and malformed keys are refused with ErrNoImage, in a
// library with pictures and in one without.
func TestStore_Image_NotFound(t *testing.T) {
	s := mustOpen(t)
	missing := NewImage([]byte("never stored")).Key
	for _, key := range []string{missing, "", "../../etc/passwd", strings.ToUpper(missing), missing + "0"} {
		if _, err := s.Image(key); !errors.Is(err, ErrNoImage) {
			t.Errorf("Image(%q) error = %v, want ErrNoImage", key, err)
		}
	}
	if _, err := s.Add([]Doc{{Article: article("A", "B."), Images: []Image{NewImage([]byte("x"))}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Image(missing); !errors.Is(err, ErrNoImage) {
		t.Errorf("got error %v, want ErrNoImage", err)
	}
}
