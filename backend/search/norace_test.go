//go:build !race

package search

// raceEnabled says the tests run under the race detector, which slows
// searching enough that the relevance suite queries fewer titles.
const raceEnabled = false
