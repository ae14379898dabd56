package app

import (
	"context"
	"encoding/base64"
	"fmt"
	"sync"
	"time"

	"gloss/backend/importer"
	"gloss/backend/library"
	"gloss/backend/store"
)

// Limits on what the frontend may send in one call.
const (
	maxFilesPerCall = 1000
	maxNameLength   = 255
)

// Library is the bound API of the library list and of importing.
type Library struct {
	lib   *library.Library
	imp   importer.Importer
	shell Shell

	mu     sync.Mutex
	cancel context.CancelFunc // of the import running now, if any
}

// NewLibrary binds the library; shell may be nil outside the window.
func NewLibrary(lib *library.Library, shell Shell) *Library {
	return &Library{lib: lib, imp: importer.Importer{Library: lib}, shell: shell}
}

// List returns the newest articles of the library (at most a page).
func (l *Library) List() ([]ArticleSummary, error) {
	page, err := l.Query(library.Query{Limit: library.MaxLimit})
	return page.Items, err
}

// Query returns one page of the articles matching a filter and an order.
func (l *Library) Query(q library.Query) (ArticlePage, error) {
	page, err := l.lib.Query(q)
	if err != nil {
		return ArticlePage{}, err
	}
	out := ArticlePage{Total: page.Total, Items: make([]ArticleSummary, 0, len(page.Items))}
	for _, e := range page.Items {
		out.Items = append(out.Items, summary(e))
	}
	return out, nil
}

// Counts returns the number of articles per view, tag and source.
func (l *Library) Counts() (library.Counts, error) {
	return l.lib.Counts(), nil
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
	return l.run(func(ctx context.Context) ImportReport { return l.imp.Import(ctx, in, l.progress) }), nil
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
	return l.run(func(ctx context.Context) ImportReport { return l.imp.ImportPaths(ctx, paths, l.progress) }), nil
}

// CancelImport stops the import running now; what was written stays.
func (l *Library) CancelImport() (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cancel == nil {
		return false, nil
	}
	l.cancel()
	return true, nil
}

// ImportDropped imports files dropped onto the window and tells the
// frontend. It is a function, not a method, so that it is not bound: the
// frontend must never hand Go a file path.
func ImportDropped(l *Library, paths []string) {
	rep := l.run(func(ctx context.Context) ImportReport { return l.imp.ImportPaths(ctx, paths, l.progress) })
	if l.shell != nil {
		l.shell.Emit(EventImportDone, rep)
	}
}

// run runs one import that CancelImport can stop.
func (l *Library) run(do func(context.Context) ImportReport) ImportReport {
	ctx, cancel := context.WithCancel(context.Background())
	l.mu.Lock()
	l.cancel = cancel
	l.mu.Unlock()
	defer func() {
		l.mu.Lock()
		l.cancel = nil
		l.mu.Unlock()
		cancel()
	}()
	rep := do(ctx)
	if l.shell != nil && rep.Imported+rep.Updated+rep.Highlights > 0 {
		l.shell.Emit(EventLibraryChanged, nil)
	}
	return rep
}

func (l *Library) progress(p importer.Progress) {
	if l.shell != nil {
		l.shell.Emit(EventImportProgress, p)
	}
}

func summary(e store.Entry) ArticleSummary {
	return ArticleSummary{
		ID: e.ID, Title: e.Title, Site: e.Site, Source: e.Source, Published: e.Published,
		Added: e.Added.Format(time.RFC3339), Paragraphs: e.Paragraphs, Words: e.Words, Dir: e.Dir,
		Tags: orEmpty(e.Tags), Favourite: e.Favourite, Archived: e.Archived, Read: e.Read,
		Progress: e.Progress, Trashed: e.Trashed != nil, Highlights: e.Highlights,
	}
}
