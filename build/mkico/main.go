// Command mkico packs PNG images into a Windows icon (.ico) file:
//
//	go run ./build/mkico -o build/windows/icon.ico 16.png 32.png ... 256.png
//
// `make icons` runs it on sizes rendered from build/appicon.svg. Each image
// is stored as PNG, which Windows reads since Vista, so nothing is
// re-encoded; images must be square and at most 256 pixels wide.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"os"
)

func main() {
	out := flag.String("o", "", "the .ico file to write")
	flag.Parse()
	if *out == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: mkico -o OUT.ico IMAGE.png...")
		os.Exit(2)
	}
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkico:", err)
		os.Exit(1)
	}
}

func run(out string, inputs []string) error {
	var images [][]byte
	for _, name := range inputs {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		images = append(images, b)
	}
	var buf bytes.Buffer
	if err := writeICO(&buf, images); err != nil {
		return err
	}
	return os.WriteFile(out, buf.Bytes(), 0o644)
}

// writeICO writes the ICONDIR header, one ICONDIRENTRY per image and then
// the images themselves.
func writeICO(w io.Writer, images [][]byte) error {
	const headerSize, entrySize = 6, 16
	if len(images) == 0 || len(images) > 0xffff {
		return errors.New("need between 1 and 65535 images")
	}
	le := binary.LittleEndian
	head := make([]byte, headerSize, headerSize+entrySize*len(images))
	le.PutUint16(head[2:], 1) // type: icon
	le.PutUint16(head[4:], uint16(len(images)))
	offset := headerSize + entrySize*len(images)
	for i, img := range images {
		cfg, err := png.DecodeConfig(bytes.NewReader(img))
		if err != nil {
			return fmt.Errorf("image %d: %w", i+1, err)
		}
		if cfg.Width != cfg.Height || cfg.Width > 256 {
			return fmt.Errorf("image %d is %dx%d, want square and at most 256 wide", i+1, cfg.Width, cfg.Height)
		}
		e := make([]byte, entrySize)
		e[0], e[1] = byte(cfg.Width), byte(cfg.Height) // 256 is written as 0
		le.PutUint16(e[4:], 1)                         // colour planes
		le.PutUint16(e[6:], 32)                        // bits per pixel
		le.PutUint32(e[8:], uint32(len(img)))
		le.PutUint32(e[12:], uint32(offset))
		head = append(head, e...)
		offset += len(img)
	}
	if _, err := w.Write(head); err != nil {
		return err
	}
	for _, img := range images {
		if _, err := w.Write(img); err != nil {
			return err
		}
	}
	return nil
}
