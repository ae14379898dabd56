package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gloss/app"
	"gloss/app/serve"
	"gloss/backend/finder"
	"gloss/backend/importer"
	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/parse"
	"gloss/backend/store"
)

// parsed is one article in the output of gloss parse --json.
type parsed struct {
	Title      string   `json:"title"`
	Byline     string   `json:"byline"`
	Site       string   `json:"site"`
	URL        string   `json:"url"`
	Published  string   `json:"published,omitempty"`
	Lang       string   `json:"lang"`
	Dir        string   `json:"dir"`
	Captions   []string `json:"captions"`
	Paragraphs []string `json:"paragraphs"`
	Text       string   `json:"text"`
}

func cmdParse(env Env, a args) error {
	if len(a.operands) == 0 {
		return errors.New("parse: name at least one file")
	}
	out := []parsed{}
	for _, path := range a.operands {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("parse: %w", err)
		}
		arts, err := parse.File(filepath.Base(path), data)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		for _, art := range arts {
			out = append(out, toParsed(art))
		}
	}
	if a.has("json") {
		return writeJSON(env, out)
	}
	for i, p := range out {
		fmt.Fprintf(env.Stdout, "%d. %s (%d paragraphs, %d captions)\n", i+1, p.Title, len(p.Paragraphs), len(p.Captions))
	}
	return nil
}

func toParsed(a model.Article) parsed {
	return parsed{
		Title: a.Title, Byline: a.Byline, Site: a.Site, URL: a.URL, Published: a.Published,
		Lang: a.Lang, Dir: a.Dir, Captions: a.Captions(), Paragraphs: a.Paragraphs(), Text: a.Text,
	}
}

func cmdImport(ctx context.Context, env Env, a args, db string) error {
	if len(a.operands) == 0 {
		return errors.New("import: name at least one file")
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	// The index follows the import and is saved with it.
	f := finder.Open(lib)
	f.Ready()
	defer f.Save()
	rep := importer.Importer{Library: lib}.ImportPaths(ctx, a.operands, nil)
	if len(rep.Files) == 1 && rep.Failed == 1 {
		return errors.New(rep.Files[0].Error)
	}
	for _, f := range rep.Files {
		if f.Error != "" {
			fmt.Fprintf(env.Stderr, "gloss: %s\n", f.Error)
			continue
		}
		fmt.Fprintln(env.Stdout, importLine(f))
	}
	if rep.Failed > 0 {
		return fmt.Errorf("import: %d of %d files failed", rep.Failed, len(rep.Files))
	}
	return nil
}

func cmdShow(env Env, a args, db string) error {
	if len(a.operands) != 1 {
		return errors.New("show: name one article ID (see gloss list)")
	}
	id, err := strconv.ParseUint(a.operands[0], 10, 64)
	if err != nil {
		return fmt.Errorf("show: %q is not an article ID (see gloss list)", a.operands[0])
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	v, err := app.NewReader(lib).Open(id)
	if err != nil {
		return err
	}
	if a.has("json") {
		return writeJSON(env, v)
	}
	fmt.Fprintf(env.Stdout, "%s\n%s\n\n", v.Title, strings.Join(nonEmpty(v.Site, v.Source, v.Published), " · "))
	for _, b := range v.Blocks {
		fmt.Fprintf(env.Stdout, "%s\n\n", b.Text)
	}
	return nil
}

func cmdServe(ctx context.Context, env Env, a args, db string) error {
	addr := a.flags["addr"]
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	f := finder.Open(lib)
	defer f.Save()
	srv, err := serve.Listen(addr, env.Assets,
		app.NewLibrary(lib, nil), app.NewReader(lib), app.NewNotes(lib, f), app.NewSearch(f, lib),
		app.NewSystem(app.Info{Version: env.Version, Face: "browser", Library: db}, lib.Store(), nil),
		app.NewExport(lib, nil))
	if err != nil {
		return err
	}
	srv.ServeImages(lib.Store())
	fmt.Fprintln(env.Stdout, srv.URL)
	return srv.Serve(ctx)
}

// openLibrary opens the library file and loads its list.
func openLibrary(db string) (*library.Library, func(), error) {
	s, err := store.Open(db)
	if err != nil {
		return nil, nil, withBackupHint(db, err)
	}
	lib, err := library.Open(s)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	return lib, func() { s.Close() }, nil
}

func writeJSON(env Env, v any) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
