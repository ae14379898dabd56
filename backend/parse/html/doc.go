// Package html reads one article out of a saved web page: it decodes the
// page's charset, finds the main text with go-trafilatura (handing it
// Readability's result as its fallback candidate), maps that DOM into typed
// model blocks (paragraphs, headings, quotes, list items, captions,
// figures) and reads the metadata (title, byline, date, site, URL, language,
// direction) with Readability's rules, Trafilatura's and the markup's as
// fallbacks. Pages too big for Trafilatura are read by Readability alone,
// and pages no tree can hold (absurd nesting) by a flat tokenizer pass.
//
// What reaches the model is text only: scripts, styles, iframes, event
// attributes and link targets are dropped, never escaped and kept. Images
// become Figure blocks holding their alt text; nothing is ever fetched.
//
// It is not a sanitizer for showing HTML, nor a crawler, and it reads one
// article per page: index pages and feeds are other parsers' work. It does
// no I/O; the caller reads the file.
package html
