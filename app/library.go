package app

import (
	"context"
	"encoding/base64"
	"fmt"
	"slices"
	"time"

	"gloss/backend/importer"
	"gloss/backend/store"
)

// Limits on what the frontend may send in one call.
const (
	maxFilesPerCall = 1000
	maxNameLength   = 255
)

// Library is the bound API of the library list and of importing.
type Library struct {
	store *store.Store
	imp   importer.Importer
	shell Shell
}

// NewLibrary binds a library to a store; shell may be nil outside the window.
func NewLibrary(s *store.Store, shell Shell) *Library {
	return &Library{store: s, imp: importer.Importer{Store: s}, shell: shell}
}

// List returns every article, newest first.
func (l *Library) List() ([]ArticleSummary, error) {
	entries, err := l.store.List()
	if err != nil {
		return nil, err
	}
	out := make([]ArticleSummary, 0, len(entries))
	for _, e := range slices.Backward(entries) {
		out = append(out, summary(e))
	}
	return out, nil
}

// ImportFiles imports files sent by the browser face with their content.
func (l *Library) ImportFiles(files []FileData) (ImportReport, error) {
	if len(files) > maxFilesPerCall {
		return ImportReport{}, fmt.Errorf("app: import %d files: %w: at most %d files at once", len(files), ErrBadInput, maxFilesPerCall)
	}
	in := make([]importer.File, 0, len(files))
	for i, f := range files {
		if f.Name == "" || len(f.Name) > maxNameLength {
			return ImportReport{}, fmt.Errorf("app: import file %d: %w: a name of 1 to %d bytes is needed", i+1, ErrBadInput, maxNameLength)
		}
		if base64.StdEncoding.DecodedLen(len(f.Data)) > importer.MaxFileSize {
			return ImportReport{}, fmt.Errorf("app: import %s: %w: larger than %d MiB", f.Name, ErrBadInput, importer.MaxFileSize>>20)
		}
		data, err := base64.StdEncoding.DecodeString(f.Data)
		if err != nil {
			return ImportReport{}, fmt.Errorf("app: import %s: %w: content is not base64", f.Name, ErrBadInput)
		}
		in = append(in, importer.File{Name: f.Name, Data: data})
	}
	rep := l.imp.Import(context.Background(), in, l.progress)
	l.changed(rep)
	return rep, nil
}

// ImportDialog lets the user pick files in the native dialog and imports
// them. A cancelled dialog gives an empty report.
func (l *Library) ImportDialog() (ImportReport, error) {
	if l.shell == nil {
		return ImportReport{}, fmt.Errorf("app: import dialog: %w", ErrUnsupported)
	}
	paths, err := l.shell.OpenFiles("Import articles")
	if err != nil {
		return ImportReport{}, fmt.Errorf("app: import dialog: %w", err)
	}
	rep := l.imp.ImportPaths(context.Background(), paths, l.progress)
	l.changed(rep)
	return rep, nil
}

// ImportDropped imports files dropped onto the window and tells the
// frontend. It is a function, not a method, so that it is not bound: the
// frontend must never hand Go a file path.
func ImportDropped(l *Library, paths []string) {
	rep := l.imp.ImportPaths(context.Background(), paths, l.progress)
	l.changed(rep)
	if l.shell != nil {
		l.shell.Emit(EventImportDone, rep)
	}
}

func (l *Library) progress(p importer.Progress) {
	if l.shell != nil {
		l.shell.Emit(EventImportProgress, p)
	}
}

func (l *Library) changed(rep ImportReport) {
	if l.shell != nil && rep.Imported > 0 {
		l.shell.Emit(EventLibraryChanged, nil)
	}
}

func summary(e store.Entry) ArticleSummary {
	return ArticleSummary{
		ID: e.ID, Title: e.Title, Site: e.Site, Source: e.Source, Published: e.Published,
		Added: e.Added.Format(time.RFC3339), Paragraphs: e.Paragraphs, Words: e.Words, Dir: e.Dir,
	}
}
