// Package dump parses copy-paste text dumps of news sites: several articles
// pasted one after another, with the page chrome (repeated titles, share
// buttons, text-size toggles, counters, doubled image captions, dates and
// bylines) left in.
//
// The parser knows no site. It reads chrome from general signals:
//
//   - A title is a short line without terminal sentence punctuation that
//     comes back within a few lines, before any prose. Sites print it in the
//     breadcrumb, the heading and the share box, so a pasted page shows it
//     two to four times; that repetition is what starts an article.
//   - The header zone runs from the first to the last copy of the title.
//     Short lines there are widgets (share buttons, counters, toggles) and
//     are dropped; a date line gives Published, a "By ..." line the Byline,
//     and prose there is an image caption (pages repeat it, alt text and
//     figcaption).
//   - After the header, lines that are duplicated, end with a photo credit,
//     or are dates, bylines, relative times, bare numbers or all-caps
//     toggles are still chrome; the first other line starts the body.
//   - In the body every line is a paragraph, except captions, toggles,
//     lines without letters or digits, labels already seen in the header,
//     and short lines that recur in several articles of the same dump (a
//     site's boilerplate). Bare numbers stay: reports print attendances so.
//   - Where titles are not repeated, a title-like line followed by prose
//     starts an article when a longer blank run than the dump's usual gap
//     between paragraphs comes before it, or a date or byline right under it.
//
// It is not a general web-page text extractor: it expects one paragraph per
// line, as browsers copy them, and does not join hard-wrapped lines. It does
// no I/O; the caller reads the file and picks this parser.
package dump
