//go:build !race

package finder

// raceEnabled says the tests run under the race detector, which makes
// building a large library about ten times slower.
const raceEnabled = false
