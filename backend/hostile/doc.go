// Package hostile holds the hostile-content suite's payloads: markup,
// links, Markdown and spreadsheet formulas that would run script, load
// something from outside, navigate the app or escape a folder if any part
// of Gloss ever passed them through. It builds the files that carry them
// (a saved page, a Markdown file, a text file and a copy-paste dump), so
// that the Go tests beside it and the browser suite
// (frontend/e2e/hostile.test.mjs) import the same things.
//
// Every payload that would run script sets window.__pwned or calls alert;
// every one that would load something names evil.example. The package
// only describes the attacks: the tests decide what safe means for each
// parser, store, renderer and exporter.
package hostile
