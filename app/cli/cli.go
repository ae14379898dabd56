// Package cli is the command-line face of Gloss and the place where the
// command line picks one of the three faces: the desktop window (no
// command), the browser face (serve) or a CLI command.
package cli

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strings"
)

// Env is what the CLI gets from main: the built frontend, the version and
// the process's streams, so that tests can run commands in-process.
type Env struct {
	Assets  fs.FS
	Version string
	Stdout  io.Writer
	Stderr  io.Writer
	Getenv  func(string) string
	// Desktop runs the window with the library at the given path; open
	// lists the files to import and gloss:// links to follow once it shows
	// (see OpenTargets).
	Desktop func(library string, open []string) error
}

// Main runs the command line argv (without the program name) and returns
// the exit status.
func Main(env Env, argv []string) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	a, err := parseArgs(argv)
	if err == nil {
		err = run(env, a)
	}
	if err != nil {
		fmt.Fprintln(env.Stderr, "gloss: "+oneLine(err.Error()))
		return 1
	}
	return 0
}

func run(env Env, a args) error {
	if a.has("help") || a.has("h") {
		a.cmd = "help"
	}
	db := libraryPath(a, env.Getenv)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	switch a.cmd {
	case "":
		return env.Desktop(db, nil)
	case "help":
		fmt.Fprint(env.Stdout, usage)
		return nil
	case "version":
		fmt.Fprintln(env.Stdout, "gloss "+env.Version)
		return nil
	case "parse":
		return cmdParse(env, a)
	case "import":
		return cmdImport(ctx, env, a, db)
	case "export":
		return cmdExport(env, a, db)
	case "list":
		return cmdList(env, a, db)
	case "show":
		return cmdShow(env, a, db)
	case "search":
		return cmdSearch(env, a, db)
	case "highlight":
		return cmdHighlight(env, a, db)
	case "notes":
		return cmdNotes(env, a, db)
	case "tag":
		return cmdTag(env, a, db)
	case "delete":
		return cmdTrash(env, a, db, false)
	case "restore":
		return cmdTrash(env, a, db, true)
	case "backup":
		return cmdBackup(env, a, db)
	case "check":
		return cmdCheck(env, db)
	case "compact":
		return cmdCompact(env, db)
	case "backups":
		return cmdBackups(env, db)
	case "restore-backup":
		return cmdRestoreBackup(env, a, db)
	case "serve":
		return cmdServe(ctx, env, a, db)
	}
	wd, _ := os.Getwd()
	if targets, ok := openTargets(a, wd); ok {
		return env.Desktop(db, targets)
	}
	return fmt.Errorf("unknown command %q (see gloss help)", a.cmd)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

const usage = `Gloss: read, search and annotate news articles, offline.

Usage:
  gloss                       open the desktop window
  gloss FILE... | gloss://article/ID[#HIGHLIGHT]
                              open the window (or the one already open)
                              and import the files or show the article
  gloss serve [--addr A]      serve the app to a browser on loopback
                              (default 127.0.0.1:0); prints its URL first
  gloss parse FILE... [--json]
                              parse files without storing them
  gloss import FILE...        import files into the library: articles,
                              other apps' exports (Kindle My Clippings.txt,
                              Readwise CSV, Hypothesis and W3C annotation
                              JSON, wallabag, Omnivore, Pocket, Instapaper,
                              Pinboard, browser bookmarks) and Gloss backups
  gloss export --format md|csv|json|html|txt|backup [--out PATH]
             [--one-file] [ID... | --ids 1,2] [--view V] [--tag T]
             [--source S] [--favourite] [--has-highlights]
                              export articles and highlights: Markdown
                              (one file per article into the folder PATH,
                              or --one-file), Readwise CSV, W3C annotation
                              JSON, a printable HTML page, plain-text
                              citations, or a full backup that gloss import
                              reads back; PATH is a folder or a file
                              (default: the current folder), - prints it
  gloss list [--json] [--view all|unread|favourites|archive|trash]
             [--tag T] [--source S] [--sort added|published|title|source]
             [--reverse] [--limit N] [--offset N]
                              list the articles in the library
  gloss show ID [--json]      print one article
  gloss search QUERY... [--json] [--limit N]
                              find articles by title, text, highlights,
                              notes and tags, typos forgiven; QUERY may use
                              "exact phrases", -word, tag:T, source:S,
                              color:C, in:title|text|highlights|notes,
                              before:/after:YYYY-MM-DD,
                              is:favourite|archived|unread|read
  gloss highlight ID --quote TEXT [--note N] [--color C] [--tag T]
                              highlight a passage (the exact text) of an
                              article; C is 1-5 or yellow, green, blue,
                              pink, purple
  gloss notes [ID] [--json]   list highlights and notes, of one article
                              or of the whole library
  gloss tag ID... --add T | --remove T
  gloss tag rename OLD NEW | delete TAG | list
                              organise tags (renaming onto a tag merges)
  gloss delete ID...          move articles to the trash
  gloss restore ID...         take articles out of the trash
  gloss backup FILE           copy the library, even while a window has it open
  gloss check                 verify the library file
  gloss compact               rewrite the library file without free space
  gloss backups               list the automatic backups, newest first
  gloss restore-backup [FILE] put a backup (default: the newest) in place
                              of the library; the replaced file is kept
  gloss version               print the version
  gloss help                  print this help

Global flags:
  --db PATH                   the library file (also $GLOSS_DB); default:
                              $XDG_DATA_HOME/gloss/library.db on Linux,
                              ~/Library/Application Support/Gloss on macOS,
                              %AppData%\Gloss on Windows

JSON output (--json) is stable:
  parse: [{title, byline, site, url, published, lang, dir, captions,
           paragraphs, text}]   published is an ISO date or date-time,
                                absent when unknown
  list:  [{id, title, site, source, published, added, paragraphs, words,
           dir, tags, favourite, archived, read, progress, trashed,
           highlights}]
  show:  {id, title, byline, site, url, published, added, lang, dir,
          source, words, blocks: [{kind, text, start, end}]}
`
