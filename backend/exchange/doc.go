// Package exchange reads the export files of other reading and
// annotation apps, so that a user moving to Gloss keeps their library,
// reading list and highlights:
//
//   - Kindle "My Clippings.txt" (any of the device's 11 languages) and the
//     clippings app's NDJSON backup: each book becomes an Item whose
//     Article is built from its highlights, so the book can be read and
//     every highlight anchors exactly in its text;
//   - Readwise CSV (its export and its import layout);
//   - Hypothesis annotations (an array or the API's {"rows": [...]}) and
//     W3C Web Annotation JSON-LD (one Annotation, an array, an
//     AnnotationPage or an AnnotationCollection with its first page);
//   - wallabag v1/v2 and Omnivore JSON, whose articles carry their HTML,
//     read into model articles by the html parser;
//   - reading lists without text: Pocket (HTML and CSV), Instapaper CSV,
//     browser bookmarks (Netscape HTML, Chrome and Firefox JSON), and the
//     JSON lists of Pinboard, Delicious, elCurator and Readability.
//
// Sniff tells the format from the content alone (never the file name) and
// claims nothing else: plain text, Markdown and ordinary web pages are
// the parse package's. Parse returns Items; offsets are in Unicode code
// points, the unit of model.Article.Text and of W3C TextPositionSelector.
//
// The package does no I/O, fetches nothing, and writes no exports; it is
// not a general JSON-LD or CSV toolkit.
package exchange
