package serve

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"gloss/backend/store"
)

// pictures is an ImageSource over a map, for the tests.
type pictures map[string][]byte

func (p pictures) Image(key string) ([]byte, error) {
	if data, ok := p[key]; ok {
		return data, nil
	}
	return nil, store.ErrNoImage
}

var (
	photo  = store.NewImage([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR a picture"))
	script = store.NewImage([]byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`))
)

func get(t *testing.T, h http.Handler, method, target string) *http.Response {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(method, target, nil))
	return w.Result()
}

// Ensure that stored pictures are served with their sniffed type, under
// the app's security headers, and that nothing else is.
func TestImages(t *testing.T) {
	h := SecureHeaders(Images(pictures{photo.Key: photo.Data, script.Key: script.Data}))
	tests := []struct {
		name, method, target string
		status               int
	}{
		{"picture", "GET", ImagePath + photo.Key, 200},
		{"head", "HEAD", ImagePath + photo.Key, 200},
		{"not stored", "GET", ImagePath + store.NewImage([]byte("x")).Key, 404},
		{"not a key", "GET", ImagePath + "index.html", 404},
		{"upper case", "GET", ImagePath + strings.ToUpper(photo.Key), 404},
		{"svg is never served", "GET", ImagePath + script.Key, 404},
		{"post", "POST", ImagePath + photo.Key, 405},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := get(t, h, tt.method, tt.target)
			if resp.StatusCode != tt.status {
				t.Fatalf("got status %d, want %d", resp.StatusCode, tt.status)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "img-src 'self' data: blob:") {
				t.Errorf("got CSP %q, want the app's", csp)
			}
			if tt.status == 200 && resp.Header.Get("Content-Type") != "image/png" {
				t.Errorf("got Content-Type %q, want image/png", resp.Header.Get("Content-Type"))
			}
		})
	}
}

// Ensure that the browser face serves pictures only with the token in the
// query, as an <img> can send it.
func TestServer_Images(t *testing.T) {
	s := startServer(t)
	s.ServeImages(pictures{photo.Key: photo.Data})
	for _, tt := range []struct {
		query  string
		status int
	}{{"?token=" + s.token, 200}, {"", 401}, {"?token=wrong", 401}} {
		resp, err := http.Get(s.base() + ImagePath + photo.Key + tt.query)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.status {
			t.Errorf("query %q: got status %d, want %d", tt.query, resp.StatusCode, tt.status)
		}
		if tt.status == 200 && string(body) != string(photo.Data) {
			t.Errorf("got body %q, want the picture", body)
		}
	}
}
