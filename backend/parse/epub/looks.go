package epub

import (
	"bytes"
	"encoding/binary"
)

// epubMime is the content of an EPUB's mimetype entry.
const epubMime = "application/epub+zip"

// containerPath is where every EPUB names its package document.
const containerPath = "META-INF/container.xml"

// Looks reports whether data is an EPUB book, by content alone: a zip
// archive whose first entry is "mimetype", stored, holding
// application/epub+zip (as the specification asks), or failing that any
// zip archive with META-INF/container.xml. It never inflates anything.
func Looks(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	if mimetypeFirst(data) {
		return true
	}
	zr, err := openZip(data)
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if name, ok := entryName(f.Name); ok && bytes.EqualFold([]byte(name), []byte(containerPath)) {
			return true
		}
	}
	return false
}

// mimetypeFirst reads the first local file header: a stored entry named
// "mimetype" whose content starts with the EPUB media type.
func mimetypeFirst(data []byte) bool {
	const header = 30 // fixed part of a local file header
	if len(data) < header {
		return false
	}
	method := binary.LittleEndian.Uint16(data[8:])
	nameLen := int(binary.LittleEndian.Uint16(data[26:]))
	extraLen := int(binary.LittleEndian.Uint16(data[28:]))
	if method != 0 || len(data) < header+nameLen+extraLen {
		return false
	}
	if string(data[header:header+nameLen]) != "mimetype" {
		return false
	}
	body := data[header+nameLen+extraLen:]
	return bytes.HasPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte(epubMime))
}
