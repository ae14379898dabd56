// Package anchor finds a highlight again after the text of its article
// changed: a re-import of an edited version, or a parser upgrade that cuts
// the text differently.
//
// A highlight is stored as a Selector: the W3C Web Annotation
// TextQuoteSelector (the exact highlighted text with up to ContextLength
// code points of prefix and suffix) and TextPositionSelector (its start and
// end), both against the article's canonical text (model.Article.Text), plus
// the block index and a hash of the text version. All offsets are Unicode
// code points, the unit of model.Block offsets and of the W3C selectors; not
// bytes, and not the UTF-16 units of JavaScript strings.
//
// Anchor follows Hypothesis' client (src/annotator/anchoring) and tries, in
// order:
//
//  1. Position: the text at the stored position, with its context, is
//     exactly what Describe would store today. Confidence 1.
//  2. Quote: every exact occurrence of the quote is scored (below) and the
//     best wins. When even the best has imperfect context, step 3 also runs,
//     because an edited copy in the right place can beat an intact copy in
//     the wrong one.
//  3. Approximate: Myers' bit-parallel approximate string search (1999, with
//     Ukkonen's cut-off) finds the places where the quote occurs with at most
//     k edits (insertions, deletions, substitutions of code points), k being
//     a quarter of the quote's length and at most 256; in each run of
//     neighbouring match ends the least edited are kept (at most 16 in all),
//     and each one's start is found by aligning the reversed quote backwards
//     from its end (for quotes over 256 code points, by where the quote's
//     first 256 code points match best). A quote longer than 1,024 code
//     points whose search budget was capped falls back to finding its prefix
//     and suffix about len(quote) apart and checking the text between them
//     against the quote with the full quarter budget. When no exact copy
//     was found, a candidate whose stored prefix or suffix lies intact at
//     most half the quote's length from its bounds is stretched or shrunk
//     to it: the edit search trims a replaced first or last word to a few
//     letters, while the intact context says where the highlight ends.
//
// The search costs about (k/64 + 1) word operations per code point of text:
// well under a millisecond for the exact paths and a few for the
// approximate one in a 50 KB article, tens of milliseconds in a 1 MB text.
//
// A candidate's score is Hypothesis' weighted mean, in [0, 1]:
//
//	(50·quote + 20·prefix + 20·suffix + 2·position) / 92
//
// where quote is 1 − edits/len(quote); prefix and suffix are the same
// similarity between the stored context and the text beside the candidate
// (1 when the selector has no context on that side); and position is
// 1 − |start − stored start| / len(text) (1 without a stored position). The
// best score is the Match's Confidence. Below Threshold, Anchor returns
// ErrNotFound: the highlight is an orphan, and the UI should say so rather
// than paint a guess. For that check alone, prefix and suffix count only
// above contextChance (0.5), rescaled to [0, 1]: unrelated prose already
// scores about 0.3 as context, which would otherwise lift a fragment of a
// deleted quote found elsewhere ("75% of all mobiles in the" for "with 32%
// of all mobiles in the") over Threshold.
//
// Hypothesis allows half the quote's length in edits; this package allows a
// quarter, so that a deleted sentence whose neighbours survive is reported as
// gone instead of being pinned to whatever text now sits between them. Any
// exact occurrence scores at least 50/92 and so always clears Threshold: a
// short quote ("the") whose context has changed beyond recognition may land
// on another occurrence; check Confidence when that matters.
//
// The package is pure (standard library and model only, no I/O) and knows
// nothing of storage or the UI. It is not a diff tool and not a search
// engine: it finds one known passage in one text.
package anchor
