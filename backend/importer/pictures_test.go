package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/model"
	"gloss/backend/store"
)

// Picture bytes as their formats begin; content sniffing needs no more.
var (
	pngBytes  = []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR a small picture")
	jpegBytes = []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00 a photo")
	svgBytes  = []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
)

// savedPage writes a page saved with its folder of files into dir, as a
// browser does, and returns the page's path.
func savedPage(t *testing.T, dir string) string {
	t.Helper()
	files := map[string][]byte{
		"Bridge_files/photo.png":    pngBytes,
		"Bridge_files/map one.jpg":  jpegBytes,
		"Bridge_files/drawing.svg":  svgBytes,
		"Bridge_files/fake.png":     []byte("<html>not a picture</html>"),
		"secret.png":                pngBytes,
		"Other_files/elsewhere.png": pngBytes,
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outside := filepath.Join(t.TempDir(), "outside.png")
	os.WriteFile(outside, pngBytes, 0o644)
	os.Symlink(outside, filepath.Join(dir, "Bridge_files", "link.png"))
	para := "<p>The old stone bridge was closed on Tuesday after engineers found cracks in two of its arches.</p>"
	page := `<!DOCTYPE html><html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed</h1>` + para +
		`<figure><img src="./Bridge_files/photo.png?v=1" alt="The bridge"><figcaption>The bridge at dusk.</figcaption></figure>` + para +
		`<figure><img src="Bridge_files/map%20one.jpg"></figure>` + para +
		`<img src="Bridge_files/photo.png" alt="Again"><img src="Bridge_files/drawing.svg"><img src="Bridge_files/fake.png">` +
		`<img src="Bridge_files/link.png"><img src="Bridge_files/../secret.png"><img src="../secret.png">` +
		`<img src="Other_files/elsewhere.png"><img src="Bridge_files/missing.png" alt="Gone">` +
		`<img src="https://example.com/remote.png" alt="Remote">` + para + `</article></body></html>`
	path := filepath.Join(dir, "Bridge.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// figures lists a body's figures as "alt@picture" with the picture's bytes
// in place of its key.
func figures(t *testing.T, st *store.Store, blocks []model.Block) []string {
	t.Helper()
	var out []string
	for _, b := range blocks {
		if b.Kind != model.Figure {
			continue
		}
		s := b.Text
		if b.Image != "" {
			data, err := st.Image(b.Image)
			if err != nil {
				t.Fatalf("figure names picture %s: %v", b.Image, err)
			}
			s += "@" + string(data[len(data)-5:])
		}
		if b.Src != "" {
			t.Errorf("figure %q kept its address %q", b.Text, b.Src)
		}
		out = append(out, s)
	}
	return out
}

// Ensure that a saved page's pictures from its own folder are stored with
// it, and that no other file (outside the folder, through a link, of
// another type, or pretending to be a picture) is read.
func TestImportPaths_Pictures(t *testing.T) {
	im := mustImporter(t)
	path := savedPage(t, t.TempDir())
	rep := im.ImportPaths(context.Background(), []string{path}, nil)
	if rep.Imported != 1 {
		t.Fatalf("got report %+v, want one article", rep)
	}
	st := im.Library.Store()
	_, body, err := st.Get(rep.Files[0].IDs[0])
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(figures(t, st, body.Blocks), " | ")
	want := "The bridge@cture | @photo | Again@cture | Gone | Remote"
	if got != want {
		t.Errorf("got figures %q, want %q", got, want)
	}
}

// Ensure that a page that came without its folder (an upload) keeps only
// the figures that have alt text, with no address.
func TestImport_PicturesWithoutFolder(t *testing.T) {
	im := mustImporter(t)
	data, err := os.ReadFile(savedPage(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	rep := im.Import(context.Background(), []File{{Name: "Bridge.html", Data: data}}, nil)
	if rep.Imported != 1 {
		t.Fatalf("got report %+v, want one article", rep)
	}
	st := im.Library.Store()
	_, body, _ := st.Get(rep.Files[0].IDs[0])
	if got := strings.Join(figures(t, st, body.Blocks), " | "); got != "The bridge | Again | Gone | Remote" {
		t.Errorf("got figures %q", got)
	}
}

// Ensure that the limits on count and size hold against a page that names
// too many pictures or too big ones.
func TestPictures_Limits(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "Many_files"), 0o755)
	var blocks []model.Block
	for i := range MaxPictures + 10 {
		data := append(append([]byte(nil), pngBytes...), fmt.Sprint(i)...)
		os.WriteFile(filepath.Join(dir, "Many_files", fmt.Sprintf("%d.png", i)), data, 0o644)
		blocks = append(blocks, model.Block{Kind: model.Figure, Src: fmt.Sprintf("Many_files/%d.png", i)})
	}
	big := append(append([]byte(nil), pngBytes...), make([]byte, MaxPictureSize)...)
	os.WriteFile(filepath.Join(dir, "Many_files", "big.png"), big, 0o644)
	blocks = append([]model.Block{{Kind: model.Figure, Src: "Many_files/big.png"}}, blocks...)
	arts := []model.Article{{Blocks: blocks}}
	pics := pictures(File{Name: "Many.html", Folder: dir}, arts)
	if len(pics[0]) != MaxPictures {
		t.Errorf("got %d pictures, want the first %d", len(pics[0]), MaxPictures)
	}
	if len(arts[0].Blocks) != MaxPictures {
		t.Errorf("got %d figures, want only those with a picture", len(arts[0].Blocks))
	}
}
