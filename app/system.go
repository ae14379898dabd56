// Package app is the API the frontend sees, the same in the desktop window,
// the browser face (gloss serve) and, where it makes sense, the CLI: one
// bound struct per area, methods that return (T, error) with typed DTOs,
// every argument checked. It holds no state of its own beyond what main
// wires into it, and never takes a file path from the frontend.
package app

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"gloss/backend/store"
)

// System is the bound API for the running app, its settings and the
// maintenance of the library file.
type System struct {
	info  Info
	store *store.Store
	shell Shell
}

// NewSystem binds facts known at start-up, the library's store, and the
// window's shell (nil outside the window).
func NewSystem(info Info, st *store.Store, shell Shell) *System {
	return &System{info: info, store: st, shell: shell}
}

// OpenLink opens an http(s) or mailto link from an article in the system's
// browser. Links never open inside the app's window: a page there could
// reach the bound methods.
func (s *System) OpenLink(link string) (bool, error) {
	u, err := url.Parse(link)
	if err != nil || !(u.Scheme == "http" || u.Scheme == "https" || u.Scheme == "mailto") || len(link) > 4096 {
		return false, fmt.Errorf("app: open link %.80q: %w: only http, https and mailto links open", link, ErrBadInput)
	}
	if s.shell == nil {
		return false, fmt.Errorf("app: open link: %w", ErrUnsupported)
	}
	s.shell.OpenURL(u.String())
	return true, nil
}

// Info describes the running app.
func (s *System) Info() (Info, error) { return s.info, nil }

// BackupInfo describes one backup file.
type BackupInfo struct {
	Path    string `json:"path"`
	Name    string `json:"name"`
	Size    int64  `json:"size"`
	Created string `json:"created"`
}

// Backups lists the automatic backups, newest first.
func (s *System) Backups() ([]BackupInfo, error) {
	list, err := store.Backups(s.info.Library)
	out := []BackupInfo{}
	for _, p := range list {
		if st, err := os.Stat(p); err == nil {
			out = append(out, BackupInfo{Path: p, Name: filepath.Base(p), Size: st.Size(), Created: st.ModTime().UTC().Format(time.RFC3339)})
		}
	}
	return out, err
}

// BackupNow writes a backup into the backups folder now.
func (s *System) BackupNow() (BackupInfo, error) {
	path, err := s.store.AutoBackup(0, 7)
	if err != nil {
		return BackupInfo{}, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return BackupInfo{}, err
	}
	return BackupInfo{Path: path, Name: filepath.Base(path), Size: st.Size(), Created: st.ModTime().UTC().Format(time.RFC3339)}, nil
}

// CheckReport is the result of checking the library file.
type CheckReport struct {
	OK       bool     `json:"ok"`
	Problems []string `json:"problems"`
}

// Check verifies the library file's pages and Gloss' own invariants.
func (s *System) Check() (CheckReport, error) {
	rep := CheckReport{Problems: []string{}}
	for _, p := range s.store.Check() {
		rep.Problems = append(rep.Problems, p.Error())
	}
	rep.OK = len(rep.Problems) == 0
	return rep, nil
}

// CompactReport is the size of the library file before and after
// compacting, in bytes.
type CompactReport struct {
	Before int64 `json:"before"`
	After  int64 `json:"after"`
}

// Compact rewrites the library file without its free space, checks the
// copy and swaps it in; the app keeps working on the new file.
func (s *System) Compact() (CompactReport, error) {
	if s.store == nil {
		return CompactReport{}, fmt.Errorf("app: compact: %w", ErrUnsupported)
	}
	before, after, err := s.store.Compact()
	if err != nil {
		return CompactReport{}, err
	}
	return CompactReport{Before: before, After: after}, nil
}
