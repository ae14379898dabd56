// Package model defines the one article shape that every parser produces and
// every other package (store, search, anchor, export) consumes.
//
// Invariants of an Article built with New or Normalize:
//
//   - All text is Unicode NFC, so the same words typed or pasted in any form
//     compare equal and annotation offsets stay stable across re-imports.
//   - Whitespace inside a block is folded: runs of spaces, tabs and newlines
//     become one space; blocks never start or end with whitespace; empty
//     blocks are dropped, except figures with a picture (Image or Src) and
//     no alt text.
//   - A figure's picture is never a remote address: Src is relative to the
//     page it came from, and Image is the key of a picture stored in the
//     library, the only place the reader loads pictures from.
//   - Body blocks carry no page chrome (navigation, share labels, counters);
//     that is the parsers' job, and this package only keeps the result tidy.
//   - Text is the canonical plain text of the body: the text of every block
//     that is not a caption or figure, in order, joined by "\n\n". The title
//     and captions are not part of it. Each body block's Start and End are
//     offsets into Text in Unicode code points (not bytes), the unit used by
//     W3C TextPositionSelector; caption and figure blocks have Start = End = -1.
//
// The package does no I/O and knows nothing of file formats or storage.
package model
