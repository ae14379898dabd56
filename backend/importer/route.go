package importer

import (
	"bytes"
	"context"

	"gloss/backend/exchange"
)

// Import imports files: articles (text, Markdown, web pages, dumps, EPUB),
// the exports of other reading and annotation apps (see package exchange)
// and Gloss's own full backups, each told by its content. A file that
// fails is reported and the others go on; nothing stored before is changed
// by a failure. progress, when not nil, is called from one goroutine as
// files are done. Cancelling ctx stops parsing; batches already written
// stay. The report lists the files in the order given.
func (im Importer) Import(ctx context.Context, files []File, progress func(Progress)) Report {
	var plain []File
	var plainAt, otherAt []int
	var others []FileResult
	for i, f := range files {
		if !isBackup(f.Data) {
			if _, ok := exchange.Sniff(f.Data); !ok {
				plain = append(plain, f)
				plainAt = append(plainAt, i)
				continue
			}
		}
		if ctx.Err() != nil {
			continue
		}
		others = append(others, im.importOther(f))
		otherAt = append(otherAt, i)
		if progress != nil {
			progress(Progress{Done: len(others), Total: len(files), File: f.Name})
		}
	}
	if len(others) == 0 {
		return im.importArticles(ctx, plain, progress)
	}
	offset := len(others)
	rep := im.importArticles(ctx, plain, func(p Progress) {
		if progress != nil {
			progress(Progress{Done: p.Done + offset, Total: len(files), File: p.File})
		}
	})
	rep.Files = interleave(rep.Files, plainAt, others, otherAt, len(plain))
	for _, r := range others {
		rep.add(r)
	}
	rep.Cancelled = rep.Cancelled || ctx.Err() != nil
	return rep
}

// importOther imports one export of another app or one full backup.
func (im Importer) importOther(f File) FileResult {
	if isBackup(f.Data) {
		return im.restore(f.Name, bytes.NewReader(f.Data))
	}
	return im.importExchange(f.Name, f.Data)
}

// add counts one file's result into the report's sums.
func (r *Report) add(f FileResult) {
	r.Imported += f.Imported
	r.Duplicates += f.Duplicates
	r.Updated += f.Updated
	r.Highlights += f.Highlights
	if f.Error != "" {
		r.Failed++
	}
}

// interleave puts the results of both kinds of files back in input order.
// plain holds the article files' results in order; after a cancel it may
// hold fewer than planned, and then its results fill the first places.
func interleave(plain []FileResult, plainAt []int, others []FileResult, otherAt []int, planned int) []FileResult {
	out := make([]FileResult, 0, len(plain)+len(others))
	if len(plain) != planned {
		return append(append(out, others...), plain...)
	}
	i, j := 0, 0
	for i < len(plain) || j < len(others) {
		if j >= len(others) || (i < len(plain) && plainAt[i] < otherAt[j]) {
			out = append(out, plain[i])
			i++
		} else {
			out = append(out, others[j])
			j++
		}
	}
	return out
}
