package importer

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"gloss/backend/model"
	"gloss/backend/store"
)

// Limits on the pictures kept from one saved page. A page is untrusted
// input: it may name thousands of files, or huge ones.
const (
	MaxPictureSize   = 16 << 20 // one picture
	MaxPictures      = 200      // per file
	MaxPicturesTotal = 64 << 20 // per file, all pictures together
)

// pictureTypes are the kinds of picture kept, told by their bytes, never by
// their names. SVG is not among them: it is a document that can hold
// scripts and links.
var pictureTypes = map[string]bool{"image/png": true, "image/jpeg": true, "image/gif": true, "image/webp": true}

// pictures keeps the pictures of a saved page that came with it: each
// figure whose address (model.Block.Src) names a file in the folder the
// browser saved beside the page ("Page_files" for "Page.html") gets the
// key of that file's bytes in Image, and the pictures are returned for
// storing, per article. Addresses are dropped either way; a figure left
// with neither a picture nor alt text is dropped. Nothing outside that
// folder is ever read, and files that are not PNG, JPEG, GIF or WebP, too
// large or past the limits are left out.
func pictures(f File, arts []model.Article) [][]store.Image {
	out := make([][]store.Image, len(arts))
	files := pageFiles(f)
	defer files.close()
	for i := range arts {
		a := &arts[i]
		kept := a.Blocks[:0]
		for _, b := range a.Blocks {
			if b.Src != "" {
				if img, ok := files.picture(b.Src); ok {
					b.Image = img.Key
					out[i] = append(out[i], img)
				}
				b.Src = ""
			}
			if b.Kind != model.Figure || b.Text != "" || b.Image != "" {
				kept = append(kept, b)
			}
		}
		a.Blocks = kept
	}
	return out
}

// folderFiles reads pictures from a saved page's folder, within limits.
type folderFiles struct {
	folder string   // the page's folder; empty when none came with it
	root   *os.Root // the folder, opened by the first picture asked for
	prefix string   // the page's name, which its files' folder starts with
	read   map[string]store.Image
	count  int
	total  int
}

func pageFiles(f File) *folderFiles {
	return &folderFiles{
		folder: f.Folder,
		prefix: strings.TrimSuffix(f.Name, filepath.Ext(f.Name)),
		read:   map[string]store.Image{},
	}
}

func (ff *folderFiles) close() {
	if ff.root != nil {
		ff.root.Close()
	}
}

// picture reads the picture at src, an address relative to the page.
func (ff *folderFiles) picture(src string) (store.Image, bool) {
	name, ok := ff.local(src)
	if !ok {
		return store.Image{}, false
	}
	if img, seen := ff.read[name]; seen {
		return img, img.Key != ""
	}
	img, err := ff.load(name)
	ff.read[name] = img // failures too, so they are tried once
	return img, err == nil
}

// local turns src into a path inside the page's folder of files, or
// reports that it points anywhere else.
func (ff *folderFiles) local(src string) (string, bool) {
	if ff.folder == "" || ff.prefix == "" {
		return "", false
	}
	if i := strings.IndexAny(src, "?#"); i >= 0 {
		src = src[:i]
	}
	if p, err := url.PathUnescape(src); err == nil {
		src = p
	}
	src = path.Clean(strings.ReplaceAll(src, `\`, "/"))
	first, _, nested := strings.Cut(src, "/")
	if !nested || !fs.ValidPath(src) || !strings.HasPrefix(first, ff.prefix) {
		return "", false
	}
	return src, true
}

var errPicture = errors.New("not a picture Gloss keeps")

func (ff *folderFiles) load(name string) (store.Image, error) {
	if ff.count >= MaxPictures || ff.total >= MaxPicturesTotal {
		return store.Image{}, errPicture
	}
	if ff.root == nil {
		// Opened as a root, so no name (nor link) in the page can lead
		// out of the folder.
		root, err := os.OpenRoot(ff.folder)
		if err != nil {
			ff.folder = ""
			return store.Image{}, err
		}
		ff.root = root
	}
	file, err := ff.root.Open(filepath.FromSlash(name))
	if err != nil {
		return store.Image{}, err
	}
	defer file.Close()
	st, err := file.Stat()
	if err != nil || !st.Mode().IsRegular() || st.Size() > MaxPictureSize || ff.total+int(st.Size()) > MaxPicturesTotal {
		return store.Image{}, errPicture
	}
	data, err := io.ReadAll(io.LimitReader(file, MaxPictureSize+1))
	if err != nil || len(data) > MaxPictureSize || !pictureTypes[http.DetectContentType(data)] {
		return store.Image{}, errPicture
	}
	ff.count++
	ff.total += len(data)
	return store.NewImage(data), nil
}
