package serve

import (
	"crypto/subtle"
	"errors"
	"net/http"
	"strings"

	"gloss/app"
	"gloss/backend/store"
)

// ImagePath is where the library's pictures are served: ImagePath + key,
// the key a figure block names. The window's asset server and the browser
// face both answer it; the reader loads pictures from here and nowhere else.
const ImagePath = "/img/"

// ImageSource gives the bytes of a picture stored in the library
// (*store.Store is one).
type ImageSource interface {
	Image(key string) ([]byte, error)
}

// servedTypes are the only types a picture is served as, told by its
// bytes; anything else stored under a key (it should not be) is not sent.
var servedTypes = map[string]bool{"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true}

// Images answers GET and HEAD requests for ImagePath + key from src.
// Keys are content hashes, so the answer never changes and may be cached
// for good. It sends no other file, and no picture from anywhere else.
func Images(src ImageSource) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "pictures are read with GET", http.StatusMethodNotAllowed)
			return
		}
		key, ok := strings.CutPrefix(r.URL.Path, ImagePath)
		if !ok || !store.ValidImageKey(key) {
			http.NotFound(w, r)
			return
		}
		data, err := src.Image(key)
		if err != nil {
			if !errors.Is(err, store.ErrNoImage) {
				http.Error(w, "the library cannot be read", http.StatusInternalServerError)
				return
			}
			http.NotFound(w, r)
			return
		}
		ct := http.DetectContentType(data)
		if !servedTypes[ct] {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", ct)
		h.Set("Cache-Control", "private, max-age=31536000, immutable")
		w.Write(data)
	})
}

// ServeImages makes the browser face answer ImagePath from src. An <img>
// cannot send the token header, so these requests carry the token in their
// query (?token=), as the page's address did.
func (s *Server) ServeImages(src ImageSource) {
	s.mux.Handle(ImagePath, s.tokenInQuery(Images(src)))
}

func (s *Server) tokenInQuery(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := r.URL.Query().Get("token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
			writeError(w, http.StatusUnauthorized, app.Error{Code: "unauthorized", Message: "missing or wrong token"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
