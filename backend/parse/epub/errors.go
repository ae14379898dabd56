package epub

import "errors"

// ErrNotEPUB means the file is not an EPUB book: not a zip archive, or a
// zip archive with neither an EPUB mimetype nor META-INF/container.xml.
var ErrNotEPUB = errors.New("not an EPUB book")

// ErrMalformed means the file is an EPUB whose archive or package files are
// damaged: a truncated or corrupt zip, a missing or unreadable container or
// package document (OPF).
var ErrMalformed = errors.New("the EPUB file is damaged or incomplete; download or export the book again")

// ErrTooLarge means the book passes one of the package's limits (file size,
// number of entries, unpacked size, number of blocks). Real books stay far
// below them; a file that does not is most likely a zip bomb.
var ErrTooLarge = errors.New("the book is larger than Gloss reads (or is a zip bomb)")

// ErrUnsafePath means an entry name or href is absolute or climbs out of
// the archive with "..". No real EPUB has one, so the book is refused.
var ErrUnsafePath = errors.New("the book names a file outside itself (absolute or with ..), which EPUBs never do; it was not read")

// ErrEncrypted means the book's chapters are encrypted (DRM): only the
// shop's reading software can open them.
var ErrEncrypted = errors.New("the book is protected by DRM; remove the protection with the shop's software or export a DRM-free copy")

// ErrNoContent means the book's reading order holds no text: it has only
// images, or no content documents at all.
var ErrNoContent = errors.New("no text found in the book")
