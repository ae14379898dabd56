package cli

import (
	"encoding/base64"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"gloss/app"
	"gloss/backend/library"
)

// cmdExport: gloss export --format F [--out PATH] [--one-file] [filters] [ID...]
func cmdExport(env Env, a args, db string) error {
	req, err := exportRequest(a)
	if err != nil {
		return err
	}
	out := a.flags["out"]
	if out == "" {
		out = "."
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	x := app.NewExport(lib, nil)
	if out == "-" {
		return exportToStdout(env, x, req)
	}
	if abs, err := filepath.Abs(out); err == nil {
		out = abs // the summary names the folder in full
	}
	sum, err := app.ExportTo(x, req, out)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, sum.Message)
	return nil
}

// exportRequest reads the format and the choice of articles: IDs as
// operands or --ids, else the filters of gloss list.
func exportRequest(a args) (app.ExportRequest, error) {
	req := app.ExportRequest{Format: a.flags["format"], OneFile: a.has("one-file")}
	if req.Format == "" {
		return req, errors.New("export: choose a format with --format md, csv, json, html, txt or backup")
	}
	ids := append([]string(nil), a.operands...)
	if s := a.flags["ids"]; s != "" {
		ids = append(ids, strings.Split(s, ",")...)
	}
	for _, s := range ids {
		id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return req, fmt.Errorf("export: %q is not an article ID (see gloss list)", s)
		}
		req.IDs = append(req.IDs, id)
	}
	req.Filter = app.ExportFilter{
		View: a.flags["view"], Tag: a.flags["tag"], Source: a.flags["source"],
		HasHighlights: a.has("has-highlights"),
	}
	if a.has("favourite") {
		if req.Filter.View != "" && req.Filter.View != library.ViewFavourites {
			return req, errors.New("export: --favourite and --view choose different articles; use one")
		}
		req.Filter.View = library.ViewFavourites
	}
	return req, nil
}

// exportToStdout prints a one-file export, for pipes.
func exportToStdout(env Env, x *app.Export, req app.ExportRequest) error {
	if req.Format == "md" && !req.OneFile && len(req.IDs) != 1 {
		return errors.New("export: --out - prints one file; add --one-file for Markdown")
	}
	f, err := x.Download(req)
	if err != nil {
		return err
	}
	data, err := base64.StdEncoding.DecodeString(f.Data)
	if err != nil {
		return err
	}
	_, err = env.Stdout.Write(data)
	fmt.Fprintf(env.Stderr, "%s, %s\n", counted(f.Summary.Articles, "article"), counted(f.Summary.Highlights, "highlight"))
	return err
}
