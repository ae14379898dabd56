// Package notes creates, edits and re-anchors highlights: it joins the
// pure anchoring of package anchor to the stored articles and highlights
// of the library. A highlight is described against the article's canonical
// text when it is made; when a new version of the article arrives, every
// highlight is anchored again, and one that cannot be placed with enough
// confidence becomes an orphan, kept with its quote and note for review.
// Nothing is ever dropped silently.
package notes
