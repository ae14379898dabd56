package app

import (
	"errors"
	"testing"
)

// Ensure that settings start at the defaults, are checked and kept.
func TestSystem_Settings(t *testing.T) {
	lib := mustLibrary(t)
	sys := NewSystem(Info{}, lib.Store())
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
	sys := NewSystem(Info{Library: lib.Store().Path()}, lib.Store())
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
}
