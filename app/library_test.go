package app

import (
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"gloss/backend/library"
	"gloss/backend/store"
)

// fakeShell records events and answers the file dialog with fixed paths.
type fakeShell struct {
	mu     sync.Mutex
	paths  []string
	events []string
	// save and folder answer the save and folder dialogs.
	save, folder string
}

func (f *fakeShell) OpenFiles(string) ([]string, error)              { return f.paths, nil }
func (f *fakeShell) SaveFile(string, string, string) (string, error) { return f.save, nil }
func (f *fakeShell) ChooseFolder(string) (string, error)             { return f.folder, nil }
func (f *fakeShell) OpenURL(u string)                                { f.Emit("open "+u, nil) }
func (f *fakeShell) Emit(name string, _ any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.events = append(f.events, name)
}

func mustLibrary(t testing.TB) *library.Library {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "library.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	l, err := library.Open(s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

const twoArticles = "First headline here\n\nFirst headline here\n\nThe first article has one paragraph that is long enough to be body text, with a full stop.\n\n\n\nSecond headline here\n\nSecond headline here\n\nThe second article also has a paragraph of body text that ends like a sentence.\n"

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// Ensure that files sent by the browser are imported, reported per file and listed newest first.
func TestLibrary_ImportFiles(t *testing.T) {
	lib := NewLibrary(mustLibrary(t), nil)
	rep, err := lib.ImportFiles([]FileData{
		{Name: "two.txt", Data: b64(twoArticles)},
		{Name: "again.txt", Data: b64(twoArticles)},
		{Name: "blob.bin", Data: b64("\x00\x01\x02binary")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != 2 || rep.Duplicates != 2 || rep.Failed != 1 {
		t.Fatalf("report = %+v, want 2 imported, 2 duplicates, 1 failed", rep)
	}
	if e := rep.Files[2].Error; !strings.HasPrefix(e, "blob.bin: ") {
		t.Errorf("error = %q, want it to name blob.bin", e)
	}
	list, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Title != "Second headline here" || list[1].Source != "two.txt" {
		t.Errorf("List = %+v, want the second article first, source two.txt", list)
	}
}

// Ensure that malformed arguments are refused with ErrBadInput and store nothing.
func TestLibrary_ImportFiles_BadInput(t *testing.T) {
	lib := NewLibrary(mustLibrary(t), nil)
	tests := []struct {
		name  string
		files []FileData
	}{
		{"no name", []FileData{{Name: "", Data: b64("x")}}},
		{"long name", []FileData{{Name: strings.Repeat("n", 300), Data: b64("x")}}},
		{"not base64", []FileData{{Name: "a.txt", Data: "%%%"}}},
		{"too many", make([]FileData, maxFilesPerCall+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := lib.ImportFiles(tt.files); !errors.Is(err, ErrBadInput) {
				t.Errorf("error = %v, want ErrBadInput", err)
			}
		})
	}
	if list, _ := lib.List(); len(list) != 0 {
		t.Errorf("List has %d articles after bad input, want 0", len(list))
	}
}

// Ensure that the native dialog is only offered in the window and imports what is picked.
func TestLibrary_ImportDialog(t *testing.T) {
	if _, err := NewLibrary(mustLibrary(t), nil).ImportDialog(); !errors.Is(err, ErrUnsupported) {
		t.Errorf("without a window: error = %v, want ErrUnsupported", err)
	}
	path := filepath.Join(t.TempDir(), "picked.txt")
	os.WriteFile(path, []byte(twoArticles), 0o600)
	sh := &fakeShell{paths: []string{path}}
	rep, err := NewLibrary(mustLibrary(t), sh).ImportDialog()
	if err != nil || rep.Imported != 2 {
		t.Fatalf("ImportDialog = %+v, %v; want 2 imported", rep, err)
	}
	want := []string{EventImportProgress, EventLibraryChanged}
	if strings.Join(sh.events, " ") != strings.Join(want, " ") {
		t.Errorf("events = %v, want %v", sh.events, want)
	}
}

// Ensure that dropped files are imported and the frontend is told when done.
func TestImportDropped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dropped.txt")
	os.WriteFile(path, []byte(twoArticles), 0o600)
	sh := &fakeShell{}
	lib := NewLibrary(mustLibrary(t), sh)
	ImportDropped(lib, []string{path, filepath.Join(t.TempDir(), "missing.txt")})
	if n := len(sh.events); n == 0 || sh.events[n-1] != EventImportDone {
		t.Errorf("events = %v, want import:done last", sh.events)
	}
	if list, _ := lib.List(); len(list) != 2 {
		t.Errorf("List has %d articles, want 2", len(list))
	}
}

// Ensure that the reader opens stored articles and reports missing ones as not_found.
func TestReader_Open(t *testing.T) {
	s := mustLibrary(t)
	if _, err := NewLibrary(s, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}}); err != nil {
		t.Fatal(err)
	}
	v, err := NewReader(s).Open(1)
	if err != nil || v.Title != "First headline here" || len(v.Blocks) != 1 || v.Dir != "ltr" {
		t.Fatalf("Open(1) = %+v, %v; want the first article", v, err)
	}
	_, err = NewReader(s).Open(99)
	if e := ToError(err); e.Code != "not_found" || e.Status() != 404 {
		t.Errorf("Open(99) = %+v, want not_found/404", e)
	}
}
