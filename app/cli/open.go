package cli

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// LinkScheme is the scheme of Gloss's deep links, gloss://article/ID#HIGHLIGHT.
const LinkScheme = "gloss"

// OpenTargets reads a command line that opens the window, such as
// "gloss FILE..." from a file manager's "Open with" or "gloss gloss://..."
// from a link, and returns what it names: files as absolute paths (relative
// ones resolved against dir, file:// URLs turned into paths) and gloss://
// links as they are. The window's single-instance lock hands a second
// process's command line to the first process through it.
//
// ok is false unless the first operand is an existing file or a gloss://
// link; then the command line is not one that opens anything. Later
// operands are passed on even when they do not exist, so that the import
// reports them.
func OpenTargets(argv []string, dir string) (targets []string, ok bool) {
	a, err := parseArgs(argv)
	if err != nil {
		return nil, false
	}
	return openTargets(a, dir)
}

// openTargets is OpenTargets on a parsed command line, whose command is the
// first operand.
func openTargets(a args, dir string) ([]string, bool) {
	if a.cmd == "" || a.has("help") || a.has("h") {
		return nil, false
	}
	first, isLink := target(a.cmd, dir)
	if !isLink {
		if st, err := os.Stat(first); err != nil || st.IsDir() {
			return nil, false
		}
	}
	targets := []string{first}
	for _, s := range a.operands {
		t, _ := target(s, dir)
		targets = append(targets, t)
	}
	return targets, true
}

// target resolves one operand: a gloss:// link is kept, anything else
// becomes an absolute path.
func target(s, dir string) (t string, isLink bool) {
	if u, err := url.Parse(s); err == nil && len(u.Scheme) > 1 {
		switch strings.ToLower(u.Scheme) {
		case LinkScheme:
			return s, true
		case "file":
			if u.Host == "" || u.Host == "localhost" {
				s = u.Path
				if len(s) > 2 && s[0] == '/' && s[2] == ':' { // file:///C:/x on Windows
					s = s[1:]
				}
				s = filepath.FromSlash(s)
			}
		}
	}
	if !filepath.IsAbs(s) {
		s = filepath.Join(dir, s)
	}
	return filepath.Clean(s), false
}
