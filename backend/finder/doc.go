// Package finder keeps the search index of a library current and answers
// searches. It loads the saved index at start-up and indexes again only the
// articles changed since it was saved (a full rebuild happens only when no
// usable index is saved, in the background, while the app is usable);
// it follows every change of the library through library.Watch, and saves
// the index when asked and when it closes.
//
// The matching itself is package search; this package feeds it documents
// built from the store (entry, body text, highlights, note).
package finder
