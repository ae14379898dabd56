package markup

import (
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
)

// The EPUB elements the builder knows, which have no HTML atom. Atoms are
// offsets into a table far smaller than these values, so none collides.
const (
	EpubSwitch  atom.Atom = 0xFFFF0000 + iota // epub:switch
	EpubCase                                  // epub:case
	EpubDefault                               // epub:default
)

// Element names an element by its atom (name in lower case), or one of the
// EPUB ones; 0 for any other, which reads as inline. Looking atoms up
// allocates nothing.
func Element(name []byte) atom.Atom {
	if a := atom.Lookup(name); a != 0 {
		return a
	}
	switch string(name) {
	case "epub:switch":
		return EpubSwitch
	case "epub:case":
		return EpubCase
	case "epub:default":
		return EpubDefault
	}
	return 0
}

// skipped are elements whose content is never article text: code,
// embedded documents and objects, forms, the head, navigation, and the
// alternatives of epub:switch (its epub:default fallback is text and
// stays).
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Frame: true, atom.Frameset: true, atom.Object: true,
	atom.Embed: true, atom.Applet: true, atom.Svg: true, atom.Math: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Form: true,
	atom.Button: true, atom.Input: true, atom.Select: true, atom.Textarea: true,
	atom.Head: true, atom.Title: true, atom.Nav: true, atom.Xmp: true,
	atom.Noembed: true, atom.Noframes: true, atom.Plaintext: true, atom.Link: true,
	atom.Meta: true, EpubCase: true,
}

// void elements have no content and no end tag, so they open nothing.
var void = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Param: true, atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Keygen: true,
}

// blockKind maps the elements that make a block of their own to its kind.
var blockKind = map[atom.Atom]model.Kind{
	atom.P: model.Paragraph, atom.Pre: model.Paragraph, atom.Address: model.Paragraph,
	atom.Dd: model.Paragraph, atom.Dt: model.Paragraph, atom.Tr: model.Paragraph,
	atom.H1: model.Heading, atom.H2: model.Heading, atom.H3: model.Heading,
	atom.H4: model.Heading, atom.H5: model.Heading, atom.H6: model.Heading,
	atom.Blockquote: model.Quote, atom.Li: model.ListItem,
	atom.Figcaption: model.Caption, atom.Caption: model.Caption,
}

// breaking are containers whose edges end the current block; their
// content keeps the kind of the block around them.
var breaking = map[atom.Atom]bool{
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Body: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Table: true,
	atom.Tbody: true, atom.Thead: true, atom.Tfoot: true, atom.Figure: true,
	atom.Hr: true, atom.Details: true, atom.Summary: true, atom.Center: true,
	EpubSwitch: true, EpubDefault: true,
}

// Skipped reports whether an element's content is never text.
func Skipped(a atom.Atom) bool { return skipped[a] }

// Void reports whether an element never has content or an end tag.
func Void(a atom.Atom) bool { return void[a] }

// Breaks reports whether an element ends the block of text before it: it
// makes a block of its own or is a container of blocks.
func Breaks(a atom.Atom) bool {
	_, isBlock := blockKind[a]
	return isBlock || breaking[a]
}

// nests are kinds that keep their kind for the blocks inside them: a
// paragraph inside a quote is part of the quote.
func nests(k model.Kind) bool {
	return k == model.Quote || k == model.ListItem || k == model.Caption
}
