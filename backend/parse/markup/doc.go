// Package markup turns the elements of an HTML or XHTML document into typed
// model blocks: which elements make a paragraph, heading, quote, list item,
// caption or figure, which only break the flow of text, which are never
// text at all (scripts, forms, navigation), and how text, line breaks and
// table cells fill the blocks.
//
// A Builder is fed events (an element starts, text, an element ends), so
// the same mapping serves a parsed tree (package html walks its DOM) and a
// token stream (package epub reads XHTML chapters with the tokenizer, and
// package html reads pages too deep for a tree that way). It keeps a
// bounded stack, so absurd nesting costs neither memory nor time.
//
// It reads no attribute but the few in Attrs: event handlers, styles and
// link targets never reach the text. It is not a sanitizer for showing
// HTML, and it does no I/O.
package markup
