package app

import (
	"encoding/base64"
	"testing"
)

// FuzzLibrary_ImportFiles checks that no file content or name makes the
// bound import panic, and that every file gets a result.
func FuzzLibrary_ImportFiles(f *testing.F) {
	f.Add("two.txt", []byte(twoArticles))
	f.Add("", []byte{})
	f.Add("x.bin", []byte{0, 1, 2, 3})
	f.Add("rtl.txt", []byte("عنوان المقال\n\nعنوان المقال\n\nهذه فقرة طويلة بما يكفي لتكون نصاً من نصوص المقال.\n"))
	lib := NewLibrary(mustLibrary(f), nil)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		rep, err := lib.ImportFiles([]FileData{{Name: name, Data: base64.StdEncoding.EncodeToString(data)}})
		if err == nil && len(rep.Files) != 1 {
			t.Fatalf("report has %d files, want 1", len(rep.Files))
		}
	})
}

// FuzzReader_Open checks that any ID is answered without a panic.
func FuzzReader_Open(f *testing.F) {
	f.Add(uint64(0))
	f.Add(uint64(1))
	f.Add(^uint64(0))
	r := NewReader(mustLibrary(f))
	f.Fuzz(func(t *testing.T, id uint64) {
		if _, err := r.Open(id); err == nil {
			t.Fatalf("Open(%d) found an article in an empty library", id)
		}
	})
}
