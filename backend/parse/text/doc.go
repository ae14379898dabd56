// Package text reads single articles from plain text and Markdown files,
// and picks the article body out of whole-page text dumps (a web page's
// text copied with its navigation, share buttons and credits).
//
// Plain text: the first line is the title and blank lines separate
// paragraphs. Markdown is parsed with goldmark and its syntax tree mapped to
// model blocks (the first level-1 heading is the title); it is never
// rendered to HTML. Simple YAML front matter (title, author, date, url) is
// read.
//
// It is not the parser for copy-paste dumps of several articles (package
// dump) nor for HTML (package html). It does no I/O.
package text
