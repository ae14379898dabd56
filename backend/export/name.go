package export

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"gloss/backend/model"
)

// MaxNameBytes bounds the length of a name SafeName returns, in bytes, so
// that a name with " (99)" and an extension still fits the 255-byte limit
// of common file systems, with room for the folder on Windows paths.
const MaxNameBytes = 120

// nameReplacer maps the characters Windows, macOS or Linux refuse in file
// names (or that separate paths) to readable stand-ins.
var nameReplacer = strings.NewReplacer(
	"/", "-", "\\", "-", "|", "-", ":", " -", "\"", "'",
	"<", "", ">", "", "?", "", "*", "", "...", "…",
)

// SafeName turns a title into a file name stem (no extension) that is
// safe on Windows, macOS and Linux: no path separators or characters
// Windows refuses, no control or bidirectional-override characters, no
// "..", no leading dot, no trailing dot or space, not a reserved device
// name such as CON or COM1, at most MaxNameBytes bytes cut on a character
// boundary, and never empty ("Untitled"). SafeName(SafeName(s)) ==
// SafeName(s).
func SafeName(title string) string {
	s := strings.ToValidUTF8(title, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\u200c' || r == '\u200d': // joiners hold emoji and scripts together
			return r
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError:
			return ' '
		}
		return r
	}, s)
	s = nameReplacer.Replace(s)
	for strings.Contains(s, "..") {
		s = strings.ReplaceAll(s, "..", ".")
	}
	s = trimName(model.Fold(s))
	if s == "" {
		return "Untitled"
	}
	if reserved(s) {
		// "CON.txt" is a device whatever its extension: mark the stem.
		i := strings.IndexByte(s, '.')
		if i < 0 {
			i = len(s)
		}
		s = trimName(s[:i] + "_" + s[i:])
	}
	return s
}

// trimName cuts s to MaxNameBytes on a character boundary and removes
// leading dots and spaces and trailing ones, which Windows drops.
func trimName(s string) string {
	if len(s) > MaxNameBytes {
		cut := MaxNameBytes
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = strings.TrimRight(s[:cut], "\u200c\u200d")
	}
	return strings.TrimRight(strings.TrimLeft(s, ". "), ". ")
}

// reserved reports whether Windows treats name as a device, whatever its
// extension: CON, PRN, AUX, NUL, COM0-9 and LPT0-9 (with superscript
// digits too), in any case.
func reserved(name string) bool {
	stem, _, _ := strings.Cut(name, ".")
	stem = strings.ToUpper(strings.TrimRight(stem, " "))
	switch stem {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	if len(stem) < 4 || (stem[:3] != "COM" && stem[:3] != "LPT") {
		return false
	}
	switch stem[3:] {
	case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
		return true
	}
	return false
}

// namer hands out file names that differ from each other and from the
// files already taken, adding " (2)", " (3)"… before the extension.
// Names compare case-insensitively, as on Windows and macOS.
type namer struct {
	used  map[string]bool
	taken func(name string) bool
}

func newNamer(taken func(string) bool) *namer {
	return &namer{used: map[string]bool{}, taken: taken}
}

func (n *namer) pick(stem, ext string) string {
	for i := 1; ; i++ {
		name := stem + ext
		if i > 1 {
			name = fmt.Sprintf("%s (%d)%s", stem, i, ext)
		}
		key := strings.ToLower(name)
		if !n.used[key] && (n.taken == nil || !n.taken(name)) {
			n.used[key] = true
			return name
		}
	}
}
