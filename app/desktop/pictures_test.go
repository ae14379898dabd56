package desktop

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"gloss/app/serve"
	"gloss/backend/model"
	"gloss/backend/store"
)

// Ensure that the window's asset handler serves the library's pictures
// once the library is open, and none before.
func TestLibraryPictures(t *testing.T) {
	pics := new(libraryPictures)
	img := store.NewImage([]byte("GIF89a a small picture"))
	if _, err := pics.Image(img.Key); !errors.Is(err, store.ErrNoImage) {
		t.Fatalf("before the library opens: got %v, want ErrNoImage", err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a := model.New("T", []model.Block{{Kind: model.Paragraph, Text: "P."}, {Kind: model.Figure, Image: img.Key}})
	if _, err := st.Add([]store.Doc{{Article: a, Images: []store.Image{img}}}); err != nil {
		t.Fatal(err)
	}
	pics.st.Store(st)
	w := httptest.NewRecorder()
	serve.Images(pics).ServeHTTP(w, httptest.NewRequest(http.MethodGet, serve.ImagePath+img.Key, nil))
	if w.Code != 200 || w.Header().Get("Content-Type") != "image/gif" {
		t.Errorf("got %d %q, want 200 image/gif", w.Code, w.Header().Get("Content-Type"))
	}
}
