// Package store keeps the library in one bbolt file.
//
// Schema (version 2), all keys of article buckets are the article ID as an
// 8-byte big-endian integer from the articles bucket's NextSequence, so
// cursors walk articles in the order they were added:
//
//	meta      "schema" -> decimal schema version; a file written by a newer
//	                      Gloss is refused and left untouched.
//	articles  id -> Entry in a binary layout (entrycodec.go): the metadata
//	                the library list needs, about 100 bytes, so that start-up
//	                reads the whole list without touching bodies.
//	bodies    id -> compressed body (body.go): the blocks' kinds, texts and
//	                pictures; the canonical text is derived from them.
//	hashes    SHA-256 of title and canonical text -> id, so the same
//	          article imported twice is stored once (old versions' hashes
//	          stay, so re-importing an old version is a duplicate too).
//	urls      normalised URL -> id: the same URL with other content is a
//	          new version of the stored article, not a new article.
//	versions  id + 4-byte big-endian version -> compressed body of an
//	          older version, kept so highlights can be re-anchored and compared.
//	highlights  article id + highlight id (8 bytes each) -> JSON Highlight,
//	          so one article's highlights are a prefix scan; the article's
//	          entry keeps their count, updated in the same transaction.
//	search    "index" -> the search index's binary image, "upto" -> the
//	          RFC 3339 time of the newest change it holds; at start-up the
//	          image is loaded and only articles updated since are indexed
//	          again, so the index is never rebuilt on a normal start.
//	images    hex SHA-256 of a picture's bytes -> the bytes: the pictures
//	          of saved pages (PNG, JPEG, GIF or WebP, checked by content),
//	          named by figure blocks, stored once however many articles
//	          show them, in the transaction that adds their article. Made
//	          by the first picture stored (images.go); the reader loads
//	          pictures from here only, never from the web.
//
// Schema 1 stored entries and bodies as JSON; both are still read, and the
// upgrade to 2 rewrites the entries (schema2.go). Imports append, so their
// transactions fill the pages of articles and bodies completely.
//
// Each user action is one read-write transaction, and bbolt fsyncs on
// commit, so what Add reported as saved survives a crash. The file is opened
// with a short lock timeout: a second process gets ErrLocked instead of
// hanging while a window holds the library.
//
// The package knows nothing of file formats or of the UI.
package store
