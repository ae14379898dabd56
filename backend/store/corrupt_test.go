package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Ensure that unreadable files get ErrCorrupt naming the file and are left byte for byte.
func TestStore_Open_Corrupt(t *testing.T) {
	good := filepath.Join(t.TempDir(), "good.db")
	s, err := Open(good)
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, s, article("A", "Text a."))
	s.Close()
	valid, _ := os.ReadFile(good)
	garbage := bytes.Repeat([]byte("not a database "), 2000)
	broken := bytes.Clone(valid)
	for i := 0; i < 64; i++ { // both meta pages' checksums
		broken[16+i] ^= 0xFF
		broken[4096+16+i] ^= 0xFF
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"zero length", []byte{}},
		{"truncated", valid[:1000]},
		{"text file", garbage},
		{"broken meta", broken},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "library.db")
			os.WriteFile(path, tt.data, 0o600)
			_, err := Open(path)
			if !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Open error = %v, want ErrCorrupt", err)
			}
			if !bytes.Contains([]byte(err.Error()), []byte(path)) {
				t.Errorf("error %q does not name the file", err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, tt.data) {
				t.Error("Open changed the file")
			}
		})
	}
}

// Ensure that automatic backups are made when due and only the newest are kept.
func TestStore_AutoBackup(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Text a."))
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return clock }
	for i := range 5 {
		clock = clock.Add(25 * time.Hour)
		path, err := s.AutoBackup(0, 3)
		if err != nil || path == "" {
			t.Fatalf("backup %d: %q, %v", i, path, err)
		}
	}
	if path, _ := s.AutoBackup(time.Hour*1e6, 3); path != "" {
		t.Errorf("a backup was made although one is recent: %s", path)
	}
	list, _ := Backups(s.Path())
	if len(list) != 3 {
		t.Fatalf("%d backups kept, want 3: %v", len(list), list)
	}
	b, err := Open(list[0])
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if l, _ := b.List(); len(l) != 1 {
		t.Errorf("newest backup lists %d articles, want 1", len(l))
	}
}

// Ensure that restoring a backup keeps the replaced file and gives a working library.
func TestRestoreBackup(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("A", "Text a."))
	backup, err := s.AutoBackup(0, 3)
	if err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	os.WriteFile(path, []byte("broken"), 0o600)
	kept, err := RestoreBackup(path, backup)
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(kept); string(data) != "broken" {
		t.Errorf("the replaced file was not kept as it was: %q", data)
	}
	r, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if l, _ := r.List(); len(l) != 1 {
		t.Errorf("restored library lists %d articles, want 1", len(l))
	}
}
