package main

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/png"
	"testing"
)

func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewNRGBA(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Ensure that the directory names each image's size and finds its bytes.
func TestWriteICO(t *testing.T) {
	images := [][]byte{pngOf(t, 16, 16), pngOf(t, 256, 256)}
	var out bytes.Buffer
	if err := writeICO(&out, images); err != nil {
		t.Fatal(err)
	}
	b := out.Bytes()
	le := binary.LittleEndian
	if got := le.Uint16(b[2:]); got != 1 {
		t.Errorf("type = %d, want 1 (icon)", got)
	}
	if got := le.Uint16(b[4:]); got != 2 {
		t.Fatalf("count = %d, want 2", got)
	}
	for i, want := range []byte{16, 0} {
		e := b[6+16*i:]
		if e[0] != want || e[1] != want {
			t.Errorf("entry %d size = %dx%d, want %d (0 means 256)", i, e[0], e[1], want)
		}
		size, off := le.Uint32(e[8:]), le.Uint32(e[12:])
		if !bytes.Equal(b[off:off+size], images[i]) {
			t.Errorf("entry %d does not point at its image", i)
		}
	}
}

// Ensure that images Windows cannot use are refused.
func TestWriteICO_Refuses(t *testing.T) {
	for name, images := range map[string][][]byte{
		"none":       nil,
		"not square": {pngOf(t, 16, 32)},
		"too big":    {pngOf(t, 512, 512)},
		"not a PNG":  {[]byte("GIF89a")},
	} {
		if err := writeICO(&bytes.Buffer{}, images); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
