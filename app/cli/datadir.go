package cli

import (
	"os"
	"path/filepath"
	"runtime"
)

// libraryPath picks the library file: --db, then $GLOSS_DB, then the
// per-user data folder of the OS.
func libraryPath(a args, getenv func(string) string) string {
	if p := a.flags["db"]; p != "" {
		return p
	}
	if p := getenv("GLOSS_DB"); p != "" {
		return p
	}
	return filepath.Join(dataDir(runtime.GOOS, getenv), "library.db")
}

// dataDir is where Gloss keeps the library by default on each OS.
func dataDir(goos string, getenv func(string) string) string {
	home := getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	switch goos {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "Gloss")
	case "windows":
		if d := getenv("AppData"); d != "" {
			return filepath.Join(d, "Gloss")
		}
		return filepath.Join(home, "AppData", "Roaming", "Gloss")
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "gloss")
	}
	return filepath.Join(home, ".local", "share", "gloss")
}
