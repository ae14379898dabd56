package app

import (
	"errors"
	"testing"
)

// Ensure that settings start at the defaults, are checked and kept.
func TestSystem_Settings(t *testing.T) {
	lib := mustLibrary(t)
	sys := NewSystem(Info{}, lib.Store(), nil)
	got, err := sys.Settings()
	if err != nil || got != DefaultSettings() {
		t.Fatalf("Settings = %+v, %v; want the defaults", got, err)
	}
	s := DefaultSettings()
	s.Theme, s.FontSize, s.Colours[0] = "sepia", 22, "Evidence"
	if _, err := sys.SaveSettings(s); err != nil {
		t.Fatal(err)
	}
	if got, _ := sys.Settings(); got != s {
		t.Errorf("after save Settings = %+v, want %+v", got, s)
	}
	for _, bad := range []func(*Settings){
		func(s *Settings) { s.Theme = "neon" },
		func(s *Settings) { s.FontSize = 100 },
		func(s *Settings) { s.LineHeight = 0 },
		func(s *Settings) { s.Layout.ListWidth = -1 },
	} {
		v := DefaultSettings()
		bad(&v)
		if _, err := sys.SaveSettings(v); !errors.Is(err, ErrBadInput) {
			t.Errorf("SaveSettings(%+v) error = %v, want ErrBadInput", v, err)
		}
	}
}

// Ensure that backups can be made and listed, and the check is clean.
func TestSystem_Maintenance(t *testing.T) {
	lib := mustLibrary(t)
	sys := NewSystem(Info{Library: lib.Store().Path()}, lib.Store(), nil)
	b, err := sys.BackupNow()
	if err != nil || b.Size == 0 {
		t.Fatalf("BackupNow = %+v, %v", b, err)
	}
	list, err := sys.Backups()
	if err != nil || len(list) != 1 || list[0].Path != b.Path {
		t.Errorf("Backups = %+v, %v; want the one backup", list, err)
	}
	if rep, _ := sys.Check(); !rep.OK {
		t.Errorf("Check = %+v, want OK", rep)
	}
	rep, err := sys.Compact()
	if err != nil || rep.Before == 0 || rep.After == 0 {
		t.Errorf("Compact = %+v, %v; want both sizes", rep, err)
	}
	if _, err := lib.Store().List(); err != nil {
		t.Errorf("library after compacting: %v", err)
	}
	if _, err := NewSystem(Info{}, nil, nil).Compact(); !errors.Is(err, ErrUnsupported) {
		t.Errorf("Compact without a library: %v, want ErrUnsupported", err)
	}
}

// Ensure that only http(s) and mailto links are handed to the system browser.
func TestSystem_OpenLink(t *testing.T) {
	sh := &fakeShell{}
	sys := NewSystem(Info{}, nil, sh)
	for _, bad := range []string{"javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "gloss://x", "%zz"} {
		if _, err := sys.OpenLink(bad); !errors.Is(err, ErrBadInput) {
			t.Errorf("OpenLink(%q) error = %v, want ErrBadInput", bad, err)
		}
	}
	if ok, err := sys.OpenLink("https://news.example/a?b=1"); !ok || err != nil {
		t.Errorf("OpenLink(https) = %v, %v", ok, err)
	}
	if len(sh.events) != 1 || sh.events[0] != "open https://news.example/a?b=1" {
		t.Errorf("shell saw %v", sh.events)
	}
	if _, err := NewSystem(Info{}, nil, nil).OpenLink("https://a.example"); !errors.Is(err, ErrUnsupported) {
		t.Errorf("without a window: %v, want ErrUnsupported", err)
	}
}

// Ensure that the settings dialog and the window each save only what they
// own: a page holding settings loaded before the window was resized does
// not undo the size, and the window's save keeps the reader's choices.
func TestSystem_SaveSettings_KeepsWindow(t *testing.T) {
	lib := mustLibrary(t)
	sys := NewSystem(Info{}, lib.Store(), nil)
	page, _ := sys.Settings() // what the frontend loaded at start-up
	if _, err := sys.RememberWindow(1500, 950, false); err != nil {
		t.Fatal(err)
	}
	page.Theme, page.Layout.ListWidth = "dark", 420
	got, err := sys.SaveSettings(page)
	if err != nil {
		t.Fatal(err)
	}
	stored, _ := sys.Settings()
	for _, s := range []Settings{got, stored} {
		if l := s.Layout; l.WindowWidth != 1500 || l.WindowHeight != 950 || s.Theme != "dark" || l.ListWidth != 420 {
			t.Errorf("after the dialog's save: %+v; want window 1500x950, dark, list 420", s)
		}
	}
	if _, err := sys.RememberWindow(1200, 800, true); err != nil {
		t.Fatal(err)
	}
	stored, _ = sys.Settings()
	if l := stored.Layout; !l.WindowMaximise || l.WindowWidth != 1500 || stored.Theme != "dark" || l.ListWidth != 420 {
		t.Errorf("after a maximised close: %+v; want maximised, size and choices kept", stored)
	}
	if _, err := sys.RememberWindow(-1, 5, false); !errors.Is(err, ErrBadInput) {
		t.Errorf("RememberWindow(-1, 5) error = %v, want ErrBadInput", err)
	}
}
