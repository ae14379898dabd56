//go:build !race

package epub

const raceEnabled = false
