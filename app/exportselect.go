package app

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"unicode/utf8"

	"gloss/backend/export"
	"gloss/backend/library"
	"gloss/backend/store"
)

// Limits on an export request from the frontend.
const (
	maxExportIDs    = 100_000
	maxFilterLength = 1000
	// progressFrom is the number of articles from which an export reports
	// its progress; smaller ones are done before a bar could show.
	progressFrom = 200
)

// check validates a request and normalises its format name.
func (r *ExportRequest) check() error {
	bad := func(what string) error { return fmt.Errorf("app: export: %w: %s", ErrBadInput, what) }
	if r.Format == Backup {
		if len(r.IDs) > 0 || r.Filter != (ExportFilter{}) {
			return bad("a backup holds the whole library; choose no articles or filter")
		}
		return nil
	}
	f, err := export.ParseFormat(r.Format)
	if err != nil {
		return fmt.Errorf("app: export: %w: %w", ErrBadInput, err)
	}
	r.Format = string(f)
	if len(r.IDs) > maxExportIDs {
		return bad(fmt.Sprintf("%d articles; at most %d at once", len(r.IDs), maxExportIDs))
	}
	for _, s := range []string{r.Filter.View, r.Filter.Tag, r.Filter.Source} {
		if len(s) > maxFilterLength || !utf8.ValidString(s) {
			return bad("the filter is not readable text")
		}
	}
	return nil
}

// entries returns the entries a request names, in the order given, or
// those its filter matches, in the library list's order.
func (x *Export) entries(req ExportRequest) ([]store.Entry, error) {
	var out []store.Entry
	if len(req.IDs) > 0 {
		seen := map[uint64]bool{}
		for _, id := range req.IDs {
			e, ok := x.lib.Get(id)
			if !ok {
				return nil, fmt.Errorf("app: export article %d: %w", id, store.ErrNotFound)
			}
			if !seen[id] {
				seen[id] = true
				out = append(out, e)
			}
		}
		return out, nil
	}
	q := library.Query{
		View: req.Filter.View, Tag: req.Filter.Tag, Source: req.Filter.Source,
		HasHighlights: req.Filter.HasHighlights, Limit: library.MaxLimit,
	}
	for {
		page, err := x.lib.Query(q)
		if err != nil {
			return nil, err
		}
		out = append(out, page.Items...)
		if len(page.Items) == 0 || len(out) >= page.Total {
			return out, nil
		}
		q.Offset += len(page.Items)
	}
}

// articles collects what the renderers need of the requested articles:
// metadata and highlights (no renderer prints whole bodies), with the
// meaning the user gave each colour.
func (x *Export) articles(req ExportRequest) ([]export.Article, error) {
	es, err := x.entries(req)
	if err != nil {
		return nil, err
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("app: export: %w: no article to export; choose others or another filter", ErrBadInput)
	}
	st := x.lib.Store()
	hs := map[uint64][]store.Highlight{}
	if len(es) > progressFrom {
		// One pass over every highlight beats a read per article.
		want := map[uint64]bool{}
		for _, e := range es {
			want[e.ID] = e.Highlights > 0
		}
		err = st.AllHighlights(func(h store.Highlight) {
			if want[h.ArticleID] {
				hs[h.ArticleID] = append(hs[h.ArticleID], h)
			}
		})
	} else {
		for _, e := range es {
			if e.Highlights > 0 && err == nil {
				hs[e.ID], err = st.Highlights(e.ID)
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("app: export: %w", err)
	}
	colours := x.colours()
	out := make([]export.Article, 0, len(es))
	for _, e := range es {
		out = append(out, export.FromStore(e, store.Body{}, hs[e.ID], colours))
	}
	return out, nil
}

// writeFolder writes one Markdown file per article into dir, reporting
// progress for large exports.
func (x *Export) writeFolder(req ExportRequest, arts []export.Article, dir string) (ExportSummary, error) {
	opts := export.Options{}
	if len(arts) >= progressFrom && x.shell != nil {
		step := max(len(arts)/50, 1)
		opts.Progress = func(done, total int) {
			if done%step == 0 || done == total {
				x.shell.Emit(EventExportProgress, ExportProgress{Done: done, Total: total})
			}
		}
	}
	sum, err := export.Write(dir, export.Markdown, arts, opts)
	return done(req, sum, err)
}

// colours returns the meanings the user gave the highlight colours.
func (x *Export) colours() []string {
	s := DefaultSettings()
	if data, err := x.lib.Store().Settings(); err == nil && data != nil {
		json.Unmarshal(data, &s)
	}
	return slices.Clone(s.Colours[:])
}

// isDir reports whether path is an existing folder.
func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
