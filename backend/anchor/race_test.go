//go:build race

package anchor

// raceEnabled says the tests run under the race detector, which slows
// Anchor enough that the corpus suite runs on fewer articles.
const raceEnabled = true
