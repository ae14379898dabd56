// Package search is Gloss's full-text index: an in-memory word index over
// article titles, bodies, highlight quotes, notes and tags, tolerant of typos
// and half-typed words, saved and loaded whole so it is never rebuilt on a
// normal start. It keeps metadata and postings only, never article text: the
// caller hands Options.Source to load the few articles that need snippets.
// It is not a store, and it does not scan bodies with a character matcher
// (sahilm/fuzzy over 100,000 bodies takes seconds and ranks by letters).
//
// # Words
//
// Text is cut into words of letters and digits of any script (eachWord):
// case-folded, accents and other non-spacing marks removed (é→e, Arabic
// harakat), tatweel dropped, a few letters mapped (ß→ss, ة→ه); "58,000" is
// one word "58000"; each Han or kana character is a word of its own. Words
// are interned (vocab: word → uint32 id, plus the ids in byte order of their
// words). Each word has a posting list: the ordinals of the articles holding
// it, ascending and delta-encoded as uvarints, each with one info byte (the
// fields it occurs in and a log2 bucket of its count in the body).
//
// # Matching
//
// Every query word must match somewhere in the article (AND). A query word
// stands for every vocabulary word that is
//   - the word itself (classExact),
//   - longer and starting with it (classPrefix), for words of at least
//     minPrefixRunes runes and for the last word while it is typed,
//   - within optimal-string-alignment distance 1 when the longer of the two
//     words has 4-7 runes, 2 from 8 (classTypo1, classTypo2; a
//     transposition is one edit, so "conflcit" finds "conflict" and
//     "syrain" finds "syrian"; the longer word counts because a typo may
//     drop a letter, so "tme" finds "time" as "tmie" does).
//
// Typo candidates come from a walk of the sorted vocabulary that keeps one
// edit-distance row per prefix character, reuses the rows of the prefix
// shared with the previous word and skips every word under a prefix whose
// row already exceeds the budget: a trie walk without a trie. At most
// maxExpansions words stand for one query word, best class first. Phrases
// need all their words exactly and are then checked as consecutive words in
// the loaded articles; -excluded words are looked up exactly.
//
// # Scoring
//
// For each query word an article scores its best expansion:
//
//	class × idf × fieldScore
//
// where idf is BM25's ln(1 + (N − df + 0.5)/(df + 0.5)) (a prefix or typo
// never counts as rarer than the exact word), and fieldScore sums the
// weights of the fields the word is in: weightTitle > weightHighlight =
// weightTag > weightNote > weightText, the body scaled by BM25's saturation
// tf(k1+1)/(tf+k1). Word scores add up. Then:
//   - the best rerankTop candidates are re-ranked with sahilm/fuzzy on their
//     folded titles: each query word it finds in a title adds up to
//     weightRerank, scaled between the worst and best match of that word;
//   - the top SnippetResults results, loaded for their snippets, add
//     weightProximity × (terms in the best 160-rune window − 1)/(terms − 1).
//
// Ties go to the newest article. Tests state expected scores as formulas of
// these constants.
//
// # Updates and storage
//
// Put appends a new ordinal and its postings. Prepare does the part of it
// that needs no lock (cutting, folding and counting one article's words, in
// a small table of its own), so that callers indexing many articles run it
// on every core and PutPrepared, under the write lock, only interns each
// distinct word and appends its posting. Replacing or removing an
// article leaves its old postings as a tombstone until removed articles are
// a quarter of the index, when one pass compacts every list. MarshalBinary
// writes a versioned, checksummed image; UnmarshalBinary rejects truncated
// or damaged data with ErrCorrupt and never panics.
package search
