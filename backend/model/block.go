package model

// Kind says what a block of an article is.
type Kind string

// The kinds of block an article body is made of.
const (
	Paragraph Kind = "paragraph"
	Heading   Kind = "heading"
	Quote     Kind = "quote"
	ListItem  Kind = "list_item"
	Caption   Kind = "caption"
	Figure    Kind = "figure"
)

// InBody reports whether blocks of this kind are part of the canonical text.
func (k Kind) InBody() bool {
	return k != Caption && k != Figure
}

// Block is one typed piece of an article body.
type Block struct {
	Kind Kind   `json:"kind"`
	Text string `json:"text"`
	// Start and End are code-point offsets of Text within Article.Text;
	// -1 for blocks outside the body (captions, figures).
	Start int `json:"start"`
	End   int `json:"end"`
	// Image is the library's key (a content hash) of a figure's picture,
	// set when the picture was stored with the article; empty otherwise.
	Image string `json:"image,omitempty"`
	// Src is where a parser found a figure's picture: an address relative
	// to the page, never a remote one. Only the importer reads it, to store
	// the file and set Image; it is not stored.
	Src string `json:"src,omitempty"`
}

// pictured reports whether a figure has, or may get, a picture, which makes
// it worth keeping without alt text.
func (b Block) pictured() bool {
	return b.Kind == Figure && (b.Image != "" || b.Src != "")
}
