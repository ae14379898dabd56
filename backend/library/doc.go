// Package library answers the questions the library view asks (which
// articles match a filter, in which order, how many per filter) from an
// in-memory copy of every article's metadata, loaded once at start-up from
// the store's articles bucket and kept current by routing every change
// through it. Bodies are never loaded here.
//
// Filtering is one linear pass over compact entries (a few milliseconds at
// 100,000 articles); ordering by anything but the insertion order selects
// only the requested page with a bounded heap instead of sorting all matches.
package library
