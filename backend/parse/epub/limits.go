package epub

// The limits a book is read within. Each stays far above any real book and
// far below what could take a reader seconds or gigabytes; together they
// keep any input under 2 s of work.
const (
	// MaxSize is the largest .epub file read. Most of a big book's weight
	// is images, which are never inflated.
	MaxSize = 512 << 20

	// MaxEntries is the most files an archive may hold. Books with a few
	// hundred images have about a thousand.
	MaxEntries = 10000

	// MaxEntrySize is the most bytes inflated from one file. The longest
	// chapters are a few MB of XHTML.
	MaxEntrySize = 8 << 20

	// MaxTotalSize is the most bytes inflated from the whole archive (only
	// the container, the package document, the table of contents and the
	// chapters are read). The longest novels hold about 5 MB of XHTML.
	// Normalising text to NFC costs up to 70 ns a byte (text typed with
	// combining accents), and that, not inflating, sets this limit.
	MaxTotalSize = 16 << 20

	// MaxTags is the most tags and attributes read from the book's XHTML,
	// which bounds the tokenizer's work (100 to 300 ns each) as bytes
	// cannot: 16 MB of "<b>" is five million tags. Books marked up span by
	// span, as converters do, have some 60,000 tags and attributes per MB.
	MaxTags = 3000000

	// MaxBlocks is the most blocks a book may have. A long novel has about
	// 15,000 paragraphs; a collected works about 200,000.
	MaxBlocks = 500000

	// maxXMLSize is the most bytes read from the XML files that describe
	// the book (container, package document, NCX, encryption): encoding/xml
	// reads some 30 MB/s, and the biggest of them weigh a few hundred KB.
	maxXMLSize = 4 << 20

	// dirBytesPerEntry bounds the zip's central directory as read by
	// archive/zip: a record is 46 bytes plus its name and extras, so this
	// allows long names while stopping a directory of millions of entries
	// before it is allocated.
	dirBytesPerEntry = 512
)
