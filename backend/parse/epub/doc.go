// Package epub reads an EPUB book (EPUB 2 or 3) as one article: its
// metadata (title, creators, date, language, publisher, direction) and its
// text, chapter after chapter in the spine's reading order, as typed model
// blocks (headings, paragraphs, quotes, list items, captions, figures).
// Chapter titles from the table of contents (the EPUB 3 navigation
// document, else the EPUB 2 NCX) open their chapters as headings.
//
// The path through the book follows the specification: the zip archive,
// META-INF/container.xml, the package document (OPF) it names, its
// manifest and spine; hrefs are resolved against the folder of the file
// that holds them, and must stay inside the archive.
//
// A book is untrusted input. The archive is read within fixed limits
// (MaxSize, MaxEntries, MaxEntrySize, MaxTotalSize, MaxBlocks), counting
// the bytes actually inflated rather than the sizes the zip headers
// claim, so a zip bomb is refused after a few megabytes of work. Entries
// named with ".." or an absolute path make the whole book refused; nothing
// is ever written to disk or resolved outside the archive. Only the files
// needed for the text are inflated: images, fonts and styles never are.
// Content documents are tokenized, never run: scripts, styles, forms,
// event attributes and link targets never reach the text, and images
// become Figure blocks holding only their alt text.
//
// It is not a reader for DRM-protected books (it says so), does not keep
// the books' styling or layout, and does no I/O: the caller reads the file.
package epub
