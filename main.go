// Command gloss is an offline app for reading, searching and annotating
// news articles. Without arguments it opens the desktop window; with a
// command it is a CLI or, with serve, the same app for a browser.
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"

	"gloss/app/cli"
	"gloss/app/desktop"
)

//go:embed all:frontend/dist
var dist embed.FS

// icon is the window's icon where no desktop file names one (a tarball or
// a development build).
//
//go:embed build/appicon.png
var icon []byte

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	assets, err := fs.Sub(dist, "frontend/dist")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gloss:", err)
		os.Exit(1)
	}
	os.Exit(cli.Main(cli.Env{
		Assets:  assets,
		Version: version,
		Stdout:  os.Stdout,
		Stderr:  os.Stderr,
		Desktop: func(library string, open []string) error {
			return desktop.Run(assets, icon, version, library, open)
		},
	}, os.Args[1:]))
}
