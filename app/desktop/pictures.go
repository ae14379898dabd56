package desktop

import (
	"sync/atomic"

	"gloss/backend/store"
)

// libraryPictures gives the window's asset server the library's pictures.
// The asset server is set up before the library opens (in OnStartup), so
// the store is handed over once it is open; until then no picture exists.
type libraryPictures struct {
	st atomic.Pointer[store.Store]
}

// Image returns the picture stored under key (see serve.Images).
func (p *libraryPictures) Image(key string) ([]byte, error) {
	st := p.st.Load()
	if st == nil {
		return nil, store.ErrNoImage
	}
	return st.Image(key)
}
