package export

import (
	"os"
	"path/filepath"
	"testing"
)

// Ensure that WriteFileAtomic replaces a file whole and leaves no
// temporary file behind, and that an aborted write leaves the old file.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.md")
	for _, content := range []string{"first", "second, longer"} {
		if err := WriteFileAtomic(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		if got := readFile(t, path); got != content {
			t.Errorf("file = %q, want %q", got, content)
		}
	}
	f, err := CreateAtomic(path)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("never seen")
	f.Abort()
	if got := readFile(t, path); got != "second, longer" {
		t.Errorf("after Abort file = %q, want the old content", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("folder holds %d files, want only notes.md", len(entries))
	}
	if err := WriteFileAtomic(filepath.Join(dir, "missing", "x.md"), nil); err == nil {
		t.Error("writing into a missing folder succeeded")
	}
}
