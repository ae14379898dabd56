package app

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/export"
	"gloss/backend/library"
	"gloss/backend/notes"
)

// annotated is a library of the two articles, the first with a highlight
// carrying a note and a tag, and the second tagged.
func annotated(t testing.TB) *library.Library {
	t.Helper()
	l := mustLibrary(t)
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	if _, err := NewNotes(l, nil).Create(1, 4, 25, notes.Edit{Color: 1, Note: "=check this", Tags: []string{"key"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.AddTags([]uint64{2}, []string{"later"}); err != nil {
		t.Fatal(err)
	}
	return l
}

func unb64(t *testing.T, s string) []byte {
	t.Helper()
	data, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// Ensure that each format downloads as one file with its name, media type
// and summary: the CSV in Readwise's layout with cells neutralised, the
// HTML page inert, Markdown for many articles as a zip of one file each,
// and the backup readable back.
func TestExport_Download(t *testing.T) {
	x := NewExport(annotated(t), nil)
	f, err := x.Download(ExportRequest{Format: "CSV"})
	if err != nil {
		t.Fatal(err)
	}
	csv := string(unb64(t, f.Data))
	if f.Name != "Gloss highlights.csv" || f.Type != "text/csv" || f.Summary.Articles != 2 || f.Summary.Highlights != 1 {
		t.Errorf("csv download = %s %s %+v", f.Name, f.Type, f.Summary)
	}
	if !strings.HasPrefix(csv, "Highlight,Title,Author,URL,Note,Location,Date\r\n") || !strings.Contains(csv, "'=check this") {
		t.Errorf("csv:\n%s", csv)
	}

	f, err = x.Download(ExportRequest{Format: "html", IDs: []uint64{1}})
	page := string(unb64(t, f.Data))
	if err != nil || f.Name != "First headline here.html" || !strings.Contains(page, `http-equiv="Content-Security-Policy"`) || strings.Contains(page, "<script") {
		t.Errorf("html download %s, %v:\n%s", f.Name, err, page)
	}
	if !strings.Contains(f.Summary.Message, "into First headline here.html") {
		t.Errorf("summary message %q", f.Summary.Message)
	}

	f, err = x.Download(ExportRequest{Format: "md"})
	if err != nil || f.Name != "Gloss export.zip" || f.Type != "application/zip" {
		t.Fatalf("md download %s %s, %v", f.Name, f.Type, err)
	}
	data := unb64(t, f.Data)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || len(zr.File) != 2 {
		t.Fatalf("zip: %v, %d files", err, len(zr.File))
	}

	f, err = x.Download(ExportRequest{Format: "backup"})
	if err != nil || !strings.HasPrefix(f.Name, "gloss-backup-") {
		t.Fatalf("backup download %s, %v", f.Name, err)
	}
	b, err := export.DecodeBackup(bytes.NewReader(unb64(t, f.Data)))
	if err != nil || len(b.Articles) != 2 || len(b.Articles[0].Highlights) != 1 {
		t.Errorf("backup: %v, %+v", err, b)
	}
}

// Ensure that requests are checked: the format, a backup with a choice of
// articles, an unknown article, and a filter that matches nothing.
func TestExport_Check(t *testing.T) {
	x := NewExport(annotated(t), nil)
	for _, req := range []ExportRequest{
		{Format: "docx"},
		{Format: "backup", IDs: []uint64{1}},
		{Format: "backup", Filter: ExportFilter{Tag: "later"}},
		{Format: "csv", Filter: ExportFilter{Tag: "nowhere"}},
		{Format: "csv", Filter: ExportFilter{View: "everything"}},
		{Format: "csv", Filter: ExportFilter{Tag: "\xff"}},
	} {
		if _, err := x.Download(req); ToError(err).Code != "bad_input" {
			t.Errorf("%+v: %v, want bad_input", req, err)
		}
	}
	if _, err := x.Download(ExportRequest{Format: "txt", IDs: []uint64{1, 99}}); ToError(err).Code != "not_found" {
		t.Errorf("unknown article: %v, want not_found", err)
	}
	if _, err := x.Save(ExportRequest{Format: "txt"}); ToError(err).Code != "unsupported" {
		t.Errorf("Save without a window: %v, want unsupported", err)
	}
}

// Ensure that Count sizes an export as the dialog shows it.
func TestExport_Count(t *testing.T) {
	x := NewExport(annotated(t), nil)
	for _, tc := range []struct {
		req  ExportRequest
		want ExportCount
	}{
		{ExportRequest{Format: "md"}, ExportCount{2, 1}},
		{ExportRequest{Format: "md", Filter: ExportFilter{Tag: "later"}}, ExportCount{1, 0}},
		{ExportRequest{Format: "csv", Filter: ExportFilter{HasHighlights: true}}, ExportCount{1, 1}},
		{ExportRequest{Format: "csv", IDs: []uint64{2, 1, 2}}, ExportCount{2, 1}},
		{ExportRequest{Format: "backup"}, ExportCount{2, 1}},
	} {
		if got, err := x.Count(tc.req); err != nil || got != tc.want {
			t.Errorf("Count(%+v) = %+v, %v; want %+v", tc.req, got, err, tc.want)
		}
	}
}

// Ensure that Save writes where the native dialogs say, one Markdown file
// per article into a folder, and that a closed dialog writes nothing.
func TestExport_Save(t *testing.T) {
	dir := t.TempDir()
	sh := &fakeShell{save: filepath.Join(dir, "notes.txt"), folder: filepath.Join(dir, "vault")}
	x := NewExport(annotated(t), sh)
	sum, err := x.Save(ExportRequest{Format: "txt"})
	if err != nil || sum.Where != dir || sum.Files[0] != "notes.txt" {
		t.Fatalf("txt: %+v, %v", sum, err)
	}
	if got, _ := os.ReadFile(sh.save); !strings.Contains(string(got), "“First headline here”") {
		t.Errorf("citations:\n%s", got)
	}
	sum, err = x.Save(ExportRequest{Format: "md"})
	if err != nil || len(sum.Files) != 2 || sum.Message != "Wrote 2 files (2 articles, 1 highlight) to "+sh.folder {
		t.Fatalf("md: %+v, %v", sum, err)
	}
	sh.save = ""
	if sum, err := x.Save(ExportRequest{Format: "backup"}); err != nil || !sum.Cancelled {
		t.Errorf("closed dialog: %+v, %v", sum, err)
	}
}

// FuzzExport_Download checks that no request from the frontend makes an
// export panic, and that one accepted decodes.
func FuzzExport_Download(f *testing.F) {
	f.Add("csv", uint64(0), "", "", "", false, false)
	f.Add("md", uint64(1), "key", "two.txt", "all", true, true)
	f.Add("backup", uint64(0), "", "", "", false, false)
	f.Add("HTML", uint64(2), "\xff", "", "trash", false, true)
	x := NewExport(annotated(f), nil)
	f.Fuzz(func(t *testing.T, format string, id uint64, tag, source, view string, oneFile, has bool) {
		req := ExportRequest{Format: format, OneFile: oneFile, Filter: ExportFilter{View: view, Tag: tag, Source: source, HasHighlights: has}}
		if id != 0 {
			req.IDs = []uint64{id}
		}
		if _, err := x.Count(req); err != nil {
			return
		}
		out, err := x.Download(req)
		if err == nil {
			if _, err := base64.StdEncoding.DecodeString(out.Data); err != nil || out.Name == "" {
				t.Fatalf("download %q: %v", out.Name, err)
			}
		}
	})
}

// FuzzExport_Save checks that no request makes the window's export panic
// or write outside the folder the dialog gave.
func FuzzExport_Save(f *testing.F) {
	f.Add("md", uint64(0), "", false)
	f.Add("csv", uint64(1), "key", true)
	f.Add("backup", uint64(0), "", false)
	dir := f.TempDir()
	x := NewExport(annotated(f), &fakeShell{save: filepath.Join(dir, "out.file"), folder: filepath.Join(dir, "vault")})
	f.Fuzz(func(t *testing.T, format string, id uint64, tag string, oneFile bool) {
		req := ExportRequest{Format: format, OneFile: oneFile, Filter: ExportFilter{Tag: tag}}
		if id != 0 {
			req.IDs = []uint64{id}
		}
		sum, err := x.Save(req)
		if err == nil && sum.Where != dir && sum.Where != filepath.Join(dir, "vault") {
			t.Fatalf("wrote to %q", sum.Where)
		}
	})
}

// Ensure that a large Markdown export into a folder reports its progress
// to the window, ending with all files done.
func TestExport_Progress(t *testing.T) {
	l := mustLibrary(t)
	var b strings.Builder
	for i := range progressFrom + 10 {
		title := "Headline number " + strings.Repeat("x", i%7) + string(rune('A'+i%26)) + " " + strings.Repeat("y", i/26)
		b.WriteString(title + "\n\n" + title + "\n\nThe article called " + title + " has a body paragraph that reads like a sentence.\n\n\n\n")
	}
	rep, err := NewLibrary(l, nil).ImportFiles([]FileData{{Name: "many.txt", Data: b64(b.String())}})
	if err != nil || rep.Imported != progressFrom+10 {
		t.Fatalf("import: %+v, %v", rep, err)
	}
	sh := &fakeShell{folder: t.TempDir()}
	sum, err := NewExport(l, sh).Save(ExportRequest{Format: "md"})
	if err != nil || len(sum.Files) != progressFrom+10 {
		t.Fatalf("export: %d files, %v", len(sum.Files), err)
	}
	n := 0
	for _, e := range sh.events {
		if e == EventExportProgress {
			n++
		}
	}
	if n < 10 || n > 60 {
		t.Errorf("%d progress events for %d files, want a few dozen", n, len(sum.Files))
	}
}
