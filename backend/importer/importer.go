// Package importer parses files and stores their articles, reporting per
// file what was imported, what was already there and what failed. It is the
// one import path shared by the window, the browser face and the CLI.
//
// Files are parsed in parallel and written in batches of about BatchSize
// articles per transaction: one transaction per article would spend the
// import in fsyncs, one for everything would hold the write lock and lose
// all work on a crash.
package importer

import (
	"context"
	"runtime"
	"sync"

	"gloss/backend/library"
	"gloss/backend/model"
	"gloss/backend/notes"
	"gloss/backend/parse"
	"gloss/backend/store"
)

// BatchSize is how many articles are written per transaction.
const BatchSize = 500

// File is one file to import: a name for messages and its content.
type File struct {
	Name string
	Data []byte
	// Folder is the folder the file was read from, where a saved page's
	// pictures are looked for (see pictures); empty when none came with it.
	Folder string
}

// FileResult says what became of one imported file.
type FileResult struct {
	File       string   `json:"file"`
	Imported   int      `json:"imported"`
	Duplicates int      `json:"duplicates"`
	Updated    int      `json:"updated"`
	IDs        []uint64 `json:"ids"`
	// Format names the kind of export for files of other apps ("kindle",
	// "readwise", …, see exchange.Format) and for full backups
	// ("gloss-backup"); empty for files of articles.
	Format string `json:"format,omitempty"`
	// Highlights counts the highlights new to the library: Attached were
	// placed in their article's text, Unmatched were not found there and
	// wait, with their quote and note, for review.
	Highlights int `json:"highlights,omitempty"`
	Attached   int `json:"attached,omitempty"`
	Unmatched  int `json:"unmatched,omitempty"`
	// Error is empty on success, else a sentence naming what is wrong.
	Error string `json:"error,omitempty"`
}

// Report sums up one import of one or more files.
type Report struct {
	Files      []FileResult `json:"files"`
	Imported   int          `json:"imported"`
	Duplicates int          `json:"duplicates"`
	Updated    int          `json:"updated"`
	Highlights int          `json:"highlights,omitempty"`
	Failed     int          `json:"failed"`
	Cancelled  bool         `json:"cancelled,omitempty"`
}

// Progress is reported as files are parsed and written.
type Progress struct {
	Done  int    `json:"done"`
	Total int    `json:"total"`
	File  string `json:"file"`
}

// Importer imports files into one library.
type Importer struct {
	Library *library.Library
}

// parsed is one file after parsing, in input order.
type parsed struct {
	index int
	arts  []model.Article
	ready []store.Prepared // the articles made ready for the store
	pics  [][]store.Image  // each article's pictures
	err   error
}

// importArticles imports files of articles (see Import). A file that fails
// is reported and the others go on; nothing stored before is changed by a
// failure. progress, when not nil, is called from one goroutine as files
// are done. Cancelling ctx stops parsing; batches already written stay.
func (im Importer) importArticles(ctx context.Context, files []File, progress func(Progress)) Report {
	results := make([]FileResult, len(files))
	for i, f := range files {
		results[i] = FileResult{File: f.Name, IDs: []uint64{}}
	}
	w := newBatchWriter(im.Library, results)
	done := 0
	seen := make([]bool, len(files))
	// Results arrive in any order; they are written in input order so that
	// when two files hold the same article, the first file keeps it.
	pending := map[int]parsed{}
	next := 0
	for p := range parseAll(ctx, files) {
		seen[p.index] = true
		pending[p.index] = p
		for q, ok := pending[next]; ok; q, ok = pending[next] {
			delete(pending, next)
			next++
			if q.err != nil {
				results[q.index].Error = Message(files[q.index].Name, q.err)
			} else {
				w.queue(q.index, q.arts, q.ready, q.pics)
			}
		}
		done++
		if progress != nil {
			progress(Progress{Done: done, Total: len(files), File: files[p.index].Name})
		}
	}
	// After a cancel, files parsed out of order are still written.
	for i := next; i < len(files); i++ {
		if q, ok := pending[i]; ok {
			if q.err != nil {
				results[i].Error = Message(files[i].Name, q.err)
			} else {
				w.queue(i, q.arts, q.ready, q.pics)
			}
		}
	}
	w.close()
	rep := Report{Files: []FileResult{}, Cancelled: ctx.Err() != nil}
	for i, r := range results {
		if !seen[i] {
			continue // cancelled before it was parsed
		}
		rep.Files = append(rep.Files, r)
		rep.Imported += r.Imported
		rep.Duplicates += r.Duplicates
		rep.Updated += r.Updated
		if r.Error != "" {
			rep.Failed++
		}
	}
	return rep
}

// parseAll parses files on all cores and sends each result once.
func parseAll(ctx context.Context, files []File) <-chan parsed {
	jobs := make(chan int)
	out := make(chan parsed)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Go(func() {
			for i := range jobs {
				p := parsed{index: i}
				p.arts, p.err = parse.File(files[i].Name, files[i].Data)
				if p.err == nil {
					p.pics = pictures(files[i], p.arts)
				}
				for _, a := range p.arts {
					if p.err != nil {
						break
					}
					var ready store.Prepared
					ready, p.err = store.Prepare(a)
					p.ready = append(p.ready, ready)
				}
				out <- p
			}
		})
	}
	go func() {
		defer close(jobs)
		for i := range files {
			if ctx.Err() != nil {
				return // select picks at random when both are ready
			}
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	return out
}

// batchWriter gathers parsed articles and writes them BatchSize at a time
// on a goroutine of its own, so that parsing goes on while a batch is
// committed: a commit waits for the disk, which took about a third of an
// import's time when parsing waited for it.
type batchWriter struct {
	lib     *library.Library
	results []FileResult // written by the writing goroutine until close
	names   []string
	docs    []store.Doc
	owners  []int // index of the file each doc came from
	full    chan batch
	done    chan struct{}
}

// batch is one transaction's articles and the files they came from.
type batch struct {
	docs   []store.Doc
	owners []int
}

func newBatchWriter(lib *library.Library, results []FileResult) *batchWriter {
	w := &batchWriter{lib: lib, results: results, full: make(chan batch, 1), done: make(chan struct{})}
	for _, r := range results {
		w.names = append(w.names, r.File)
	}
	go func() {
		defer close(w.done)
		for b := range w.full {
			w.write(b)
		}
	}()
	return w
}

func (w *batchWriter) queue(file int, arts []model.Article, ready []store.Prepared, pics [][]store.Image) {
	for i, a := range arts {
		w.docs = append(w.docs, store.Doc{Source: w.names[file], Article: a, Prepared: &ready[i], Images: pics[i]})
		w.owners = append(w.owners, file)
	}
	if len(w.docs) >= BatchSize {
		w.send()
	}
}

// send hands the gathered articles to the writing goroutine; it waits
// while a batch is being written and another is already waiting.
func (w *batchWriter) send() {
	if len(w.docs) > 0 {
		w.full <- batch{docs: w.docs, owners: w.owners}
		w.docs, w.owners = nil, nil
	}
}

// close writes what is left and waits until every batch is written; the
// results are complete after it.
func (w *batchWriter) close() {
	w.send()
	close(w.full)
	<-w.done
}

// write stores one batch and records what became of each article.
func (w *batchWriter) write(b batch) {
	added, err := w.lib.Add(b.docs)
	for i, owner := range b.owners {
		r := &w.results[owner]
		switch {
		case err != nil:
			r.Error = Message(r.File, err)
			r.IDs = r.IDs[:0]
			r.Imported, r.Duplicates, r.Updated = 0, 0, 0
		case added[i].Duplicate:
			r.Duplicates++
			r.IDs = append(r.IDs, added[i].ID)
		case added[i].Version > 1:
			r.Updated++
			r.IDs = append(r.IDs, added[i].ID)
			// A new version: its highlights are placed in the new text, or
			// kept as orphans for review.
			if _, err := (notes.Notes{Lib: w.lib}).Reanchor(added[i].ID); err != nil {
				r.Error = Message(r.File, err)
			}
		default:
			r.Imported++
			r.IDs = append(r.IDs, added[i].ID)
		}
	}
}
