// Package html reads one article out of a saved web page: it decodes the
// page's charset, finds the main text with go-trafilatura (handing it
// Readability's result as its fallback candidate), maps that DOM into typed
// model blocks (paragraphs, headings, quotes, list items, captions,
// figures) and reads the metadata (title, byline, date, site, URL, language,
// direction) with Readability's rules, Trafilatura's and the markup's as
// fallbacks. Pages too big for Trafilatura are read by Readability alone,
// pages with more text than Readability reads quickly (a book) by a
// one-pass search for their densest prose, and pages no tree can hold
// (absurd nesting) by a flat tokenizer pass.
//
// Speed: scripts, styles and comments are dropped with the tokenizer
// before the tree is built, dead elements pruned from the tree before the
// extractors copy and walk it, and the tree is parsed once and shared by
// both extractors and the metadata.
//
// What reaches the model is text only: scripts, styles, iframes, event
// attributes and link targets are dropped, never escaped and kept. Images
// become Figure blocks holding their alt text and, when it is relative (a
// file in a saved page's folder), their address; nothing is ever fetched.
//
// It is not a sanitizer for showing HTML, nor a crawler, and it reads one
// article per page: index pages and feeds are other parsers' work. It does
// no I/O; the caller reads the file.
package html
