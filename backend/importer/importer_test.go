package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/library"
	"gloss/backend/store"
)

func mustImporter(t *testing.T) Importer {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := library.Open(st)
	if err != nil {
		t.Fatal(err)
	}
	return Importer{Library: lib}
}

func dump(titles ...string) []byte {
	var b strings.Builder
	for _, t := range titles {
		fmt.Fprintf(&b, "%s\n\n%s\n\nThe article called %s has a body paragraph that reads like a sentence.\n\n\n\n", t, t, t)
	}
	return []byte(b.String())
}

// Ensure that many files are imported in input order, with duplicates
// credited to the first file that had them and failures reported per file.
func TestImport_OrderAndFailures(t *testing.T) {
	im := mustImporter(t)
	var files []File
	for i := range 40 {
		files = append(files, File{Name: fmt.Sprintf("f%02d.txt", i), Data: dump(fmt.Sprintf("Headline number %d", i), "Shared headline for all")})
	}
	files = append(files, File{Name: "empty.txt"}, File{Name: "bin.dat", Data: []byte{0, 0, 1, 2}})
	var seen []Progress
	rep := im.Import(context.Background(), files, func(p Progress) { seen = append(seen, p) })
	if rep.Imported != 41 || rep.Duplicates != 39 || rep.Failed != 2 {
		t.Fatalf("report: %d imported, %d duplicates, %d failed; want 41, 39, 2", rep.Imported, rep.Duplicates, rep.Failed)
	}
	if rep.Files[0].Imported != 2 || rep.Files[1].Duplicates != 1 {
		t.Errorf("first files = %+v, %+v; want the shared article credited to f00", rep.Files[0], rep.Files[1])
	}
	if e := rep.Files[40].Error; e != "empty.txt: the file is empty" {
		t.Errorf("empty file error = %q", e)
	}
	if e := rep.Files[41].Error; !strings.HasPrefix(e, "bin.dat: not a format Gloss reads") {
		t.Errorf("binary file error = %q", e)
	}
	if last := seen[len(seen)-1]; last.Done != len(files) || last.Total != len(files) {
		t.Errorf("last progress = %+v, want %d of %d", last, len(files), len(files))
	}
}

// Ensure that a cancelled import reports only what it got to and stores it.
func TestImport_Cancel(t *testing.T) {
	im := mustImporter(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep := im.Import(ctx, []File{{Name: "a.txt", Data: dump("Never parsed headline")}}, nil)
	if !rep.Cancelled || rep.Imported != 0 {
		t.Errorf("report = %+v, want cancelled with nothing imported", rep)
	}
}

// Ensure that unreadable paths are reported by name with the reason.
func TestImportPaths_Unreadable(t *testing.T) {
	im := mustImporter(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, dump("A readable headline"), 0o600)
	rep := im.ImportPaths(context.Background(), []string{good, filepath.Join(dir, "missing.txt"), dir}, nil)
	if rep.Imported != 1 || rep.Failed != 2 {
		t.Fatalf("report = %+v, want 1 imported and 2 failed", rep)
	}
	var errs []string
	for _, f := range rep.Files {
		errs = append(errs, f.Error)
	}
	joined := strings.Join(errs, "|")
	if !strings.Contains(joined, "missing.txt: cannot open") || !strings.Contains(joined, "is a folder") {
		t.Errorf("errors = %q, want the missing file and the folder named", joined)
	}
}
