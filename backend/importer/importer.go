// Package importer parses files and stores their articles, reporting per
// file what was imported, what was already there and what failed. It is the
// one import path shared by the window, the browser face and the CLI.
package importer

import (
	"context"
	"errors"
	"strings"

	"gloss/backend/parse"
	"gloss/backend/store"
)

// File is one file to import: a name for messages and its content.
type File struct {
	Name string
	Data []byte
}

// FileResult says what became of one imported file.
type FileResult struct {
	File       string   `json:"file"`
	Imported   int      `json:"imported"`
	Duplicates int      `json:"duplicates"`
	IDs        []uint64 `json:"ids"`
	// Error is empty on success, else a sentence naming what is wrong.
	Error string `json:"error,omitempty"`
}

// Report sums up one import of one or more files.
type Report struct {
	Files      []FileResult `json:"files"`
	Imported   int          `json:"imported"`
	Duplicates int          `json:"duplicates"`
	Failed     int          `json:"failed"`
}

// Progress is reported before each file is imported.
type Progress struct {
	Done  int    `json:"done"`
	Total int    `json:"total"`
	File  string `json:"file"`
}

// Importer imports files into one store.
type Importer struct {
	Store *store.Store
}

// Import imports files one after another. A file that fails is reported
// and the others go on; nothing stored before is changed by a failure.
// progress, when not nil, is called before each file. Cancelling ctx stops
// before the next file.
func (im Importer) Import(ctx context.Context, files []File, progress func(Progress)) Report {
	rep := Report{Files: []FileResult{}}
	for i, f := range files {
		if ctx.Err() != nil {
			break
		}
		if progress != nil {
			progress(Progress{Done: i, Total: len(files), File: f.Name})
		}
		res := im.file(f)
		rep.Files = append(rep.Files, res)
		rep.Imported += res.Imported
		rep.Duplicates += res.Duplicates
		if res.Error != "" {
			rep.Failed++
		}
	}
	if progress != nil {
		progress(Progress{Done: len(rep.Files), Total: len(files)})
	}
	return rep
}

func (im Importer) file(f File) FileResult {
	res := FileResult{File: f.Name, IDs: []uint64{}}
	arts, err := parse.File(f.Name, f.Data)
	if err == nil {
		var added []store.Added
		added, err = im.Store.Add(f.Name, arts)
		for _, a := range added {
			res.IDs = append(res.IDs, a.ID)
			if a.Duplicate {
				res.Duplicates++
			} else {
				res.Imported++
			}
		}
	}
	if err != nil {
		res.Error = Message(f.Name, err)
	}
	return res
}

// Message turns an import error into one sentence for a person: the file's
// name, then what is wrong, without the package prefixes.
func Message(name string, err error) string {
	for _, target := range []error{parse.ErrEmpty, parse.ErrUnknownFormat, store.ErrLocked} {
		if errors.Is(err, target) {
			return name + ": " + target.Error()
		}
	}
	msg := err.Error()
	// The innermost text after the last "name: " is the cause.
	if i := strings.LastIndex(msg, name+": "); i >= 0 {
		msg = msg[i+len(name)+2:]
	}
	return name + ": " + msg
}
