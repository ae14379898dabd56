package app

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"gloss/backend/export"
	"gloss/backend/library"
)

// Backup is the format name of the full-library backup, beside the
// export formats of package export.
const Backup = "backup"

// Export is the bound API of exports: per article, per selection, per
// filter (tag, source, view) or the whole library. No method takes a path:
// inside the window the destination comes from a native dialog, and the
// browser face receives the file as a download.
type Export struct {
	lib   *library.Library
	shell Shell
	now   func() time.Time
}

// NewExport binds exports to the library; shell is nil outside the window.
func NewExport(lib *library.Library, shell Shell) *Export {
	return &Export{lib: lib, shell: shell, now: time.Now}
}

// ExportRequest says what to export and how.
type ExportRequest struct {
	// Format is md, csv, json, html, txt or backup.
	Format string `json:"format"`
	// IDs are the articles to export; when empty, Filter chooses them.
	IDs    []uint64     `json:"ids,omitempty"`
	Filter ExportFilter `json:"filter"`
	// OneFile writes Markdown as one file instead of one per article.
	OneFile bool `json:"oneFile,omitempty"`
}

// ExportFilter chooses articles as the library list does; the zero filter
// is every article not in the trash.
type ExportFilter struct {
	View          string `json:"view,omitempty"`
	Tag           string `json:"tag,omitempty"`
	Source        string `json:"source,omitempty"`
	HasHighlights bool   `json:"hasHighlights,omitempty"`
}

// ExportSummary says what an export wrote.
type ExportSummary struct {
	Format string `json:"format"`
	// Where is the folder written to, or the name of the download.
	Where      string   `json:"where"`
	Files      []string `json:"files"`
	Articles   int      `json:"articles"`
	Highlights int      `json:"highlights"`
	// Updated counts Markdown files updated in place, the user's text kept.
	Updated int `json:"updated"`
	// Cancelled is set when the user closed the dialog; nothing was written.
	Cancelled bool `json:"cancelled,omitempty"`
	// Message is the summary as one sentence.
	Message string `json:"message"`
}

// ExportFile is an export as a download: its name, media type and bytes.
type ExportFile struct {
	Name string `json:"name"`
	Type string `json:"type"`
	// Data is the file's bytes in standard base64.
	Data    string        `json:"data"`
	Summary ExportSummary `json:"summary"`
}

// ExportCount is how much an export would hold.
type ExportCount struct {
	Articles   int `json:"articles"`
	Highlights int `json:"highlights"`
}

// ExportProgress is sent as "export:progress" while a large export runs.
type ExportProgress struct {
	Done  int `json:"done"`
	Total int `json:"total"`
}

// EventExportProgress reports a large export's progress to the window.
const EventExportProgress = "export:progress"

// Count says how many articles and highlights a request would export.
func (x *Export) Count(req ExportRequest) (ExportCount, error) {
	if err := req.check(); err != nil {
		return ExportCount{}, err
	}
	var es []Entry
	var err error
	if req.Format == Backup {
		es, err = x.lib.Store().List()
	} else {
		es, err = x.entries(req)
	}
	if err != nil {
		return ExportCount{}, err
	}
	n := ExportCount{Articles: len(es)}
	for _, e := range es {
		n.Highlights += e.Highlights
	}
	return n, nil
}

// Save exports into a file or folder the user picks in the native dialog:
// a folder for Markdown with one file per article, else a file. A closed
// dialog gives a summary marked Cancelled.
func (x *Export) Save(req ExportRequest) (ExportSummary, error) {
	if x.shell == nil {
		return ExportSummary{}, fmt.Errorf("app: export: %w", ErrUnsupported)
	}
	if err := req.check(); err != nil {
		return ExportSummary{}, err
	}
	if req.Format == Backup {
		path, err := x.shell.SaveFile("Back up the whole library", backupName(x.now()), "*.json")
		if err != nil || path == "" {
			return cancelled(req, err)
		}
		return ExportTo(x, req, path)
	}
	arts, err := x.articles(req)
	if err != nil {
		return ExportSummary{}, err
	}
	if req.Format == string(export.Markdown) && !req.OneFile {
		dir, err := x.shell.ChooseFolder("Export Markdown into a folder (an Obsidian vault, say)")
		if err != nil || dir == "" {
			return cancelled(req, err)
		}
		return x.writeFolder(req, arts, dir)
	}
	f := export.Format(req.Format)
	path, err := x.shell.SaveFile("Export highlights", export.SafeName(stem(arts))+f.Ext(), "*"+f.Ext())
	if err != nil || path == "" {
		return cancelled(req, err)
	}
	sum, err := export.WriteFile(path, f, arts, export.Options{OneFile: req.OneFile})
	return done(req, sum, err)
}

// Download returns the export as one file for the browser to save: the
// file itself, or for Markdown with one file per article a zip of them.
func (x *Export) Download(req ExportRequest) (ExportFile, error) {
	if err := req.check(); err != nil {
		return ExportFile{}, err
	}
	var buf bytes.Buffer
	var out ExportFile
	var sum export.Summary
	var err error
	switch {
	case req.Format == Backup:
		out.Name, out.Type = backupName(x.now()), "application/json"
		sum, err = export.EncodeBackup(&buf, x.lib.Store(), x.now())
	default:
		var arts []export.Article
		if arts, err = x.articles(req); err != nil {
			return ExportFile{}, err
		}
		f := export.Format(req.Format)
		if f == export.Markdown && !req.OneFile && len(arts) > 1 {
			out.Name, out.Type = "Gloss export.zip", "application/zip"
			sum, err = export.WriteZip(&buf, arts)
			break
		}
		out.Name, out.Type = export.SafeName(stem(arts))+f.Ext(), mediaTypes[f]
		var data []byte
		data, err = export.Render(f, arts, export.Options{OneFile: req.OneFile})
		buf.Write(data)
		sum = export.Summary{Files: []string{out.Name}, Articles: len(arts)}
		for _, a := range arts {
			sum.Highlights += len(a.Highlights)
		}
	}
	if err != nil {
		return ExportFile{}, fmt.Errorf("app: export: %w", err)
	}
	sum.Dir = out.Name
	out.Data = base64.StdEncoding.EncodeToString(buf.Bytes())
	out.Summary, _ = done(req, sum, nil)
	out.Summary.Message = strings.Replace(out.Summary.Message, " to "+out.Name, " into "+out.Name, 1)
	return out, nil
}

// ExportTo writes an export at out, a path from the command line: a folder
// for Markdown with one file per article (created if needed); for the other
// formats an existing folder, where the file is named after its content,
// or the file to write. It is a function, not a method, so that it is not
// bound: the frontend must never hand Go a path.
func ExportTo(x *Export, req ExportRequest, out string) (ExportSummary, error) {
	if err := req.check(); err != nil {
		return ExportSummary{}, err
	}
	if req.Format == Backup {
		if isDir(out) {
			out = filepath.Join(out, backupName(x.now()))
		}
		sum, err := export.WriteBackup(out, x.lib.Store(), x.now())
		return done(req, sum, err)
	}
	arts, err := x.articles(req)
	if err != nil {
		return ExportSummary{}, err
	}
	f := export.Format(req.Format)
	switch {
	case f == export.Markdown && !req.OneFile:
		return x.writeFolder(req, arts, out)
	case isDir(out):
		sum, err := export.Write(out, f, arts, export.Options{OneFile: req.OneFile})
		return done(req, sum, err)
	}
	sum, err := export.WriteFile(out, f, arts, export.Options{OneFile: req.OneFile})
	return done(req, sum, err)
}

// mediaTypes are the media types of downloads.
var mediaTypes = map[export.Format]string{
	export.Markdown: "text/markdown", export.CSV: "text/csv", export.JSON: "application/ld+json",
	export.HTML: "text/html", export.Text: "text/plain",
}

// backupName names a backup file after its day.
func backupName(t time.Time) string { return "gloss-backup-" + t.Format("2006-01-02") + ".json" }

// stem names a one-file export: the article's title, or a general name.
func stem(arts []export.Article) string {
	if len(arts) == 1 {
		return arts[0].Title
	}
	return "Gloss highlights"
}

func cancelled(req ExportRequest, err error) (ExportSummary, error) {
	if err != nil {
		return ExportSummary{}, fmt.Errorf("app: export dialog: %w", err)
	}
	return ExportSummary{Format: req.Format, Files: []string{}, Cancelled: true, Message: "Nothing was exported."}, nil
}

// done turns what package export wrote into the summary the UI shows.
func done(req ExportRequest, sum export.Summary, err error) (ExportSummary, error) {
	if err != nil {
		return ExportSummary{}, fmt.Errorf("app: export: %w", err)
	}
	files := sum.Files
	if files == nil {
		files = []string{}
	}
	return ExportSummary{
		Format: req.Format, Where: sum.Dir, Files: files, Articles: sum.Articles,
		Highlights: sum.Highlights, Updated: sum.Updated, Message: sum.String(),
	}, nil
}
