package app

import (
	"encoding/json"
	"fmt"
	"slices"
	"unicode/utf8"
)

// Settings are the reader's preferences, kept in the library file.
type Settings struct {
	// Theme is "system", "light", "dark" or "sepia".
	Theme string `json:"theme"`
	// Font is "serif" or "sans".
	Font       string  `json:"font"`
	FontSize   int     `json:"fontSize"`   // px, 14 to 28
	LineHeight float64 `json:"lineHeight"` // 1.2 to 2.2
	Width      int     `json:"width"`      // measure in ch, 45 to 90
	// Colours names what each of the five highlight colours means.
	Colours [5]string `json:"colours"`
	Layout  Layout    `json:"layout"`
}

// Layout is the window's pane arrangement, restored at start-up.
type Layout struct {
	SidebarWidth   int  `json:"sidebarWidth"`
	ListWidth      int  `json:"listWidth"`
	NotesWidth     int  `json:"notesWidth"`
	SidebarHidden  bool `json:"sidebarHidden"`
	NotesHidden    bool `json:"notesHidden"`
	WindowWidth    int  `json:"windowWidth"`
	WindowHeight   int  `json:"windowHeight"`
	WindowMaximise bool `json:"windowMaximise"`
}

// DefaultSettings are used until the reader changes something.
func DefaultSettings() Settings {
	return Settings{
		Theme: "system", Font: "serif", FontSize: 19, LineHeight: 1.6, Width: 68,
		Colours: [5]string{"Key point", "Claim", "Figure", "Quote", "Question"},
		Layout:  Layout{SidebarWidth: 220, ListWidth: 360, NotesWidth: 300},
	}
}

// Check validates settings from the frontend.
func (s Settings) Check() error {
	bad := func(what string, v any) error {
		return fmt.Errorf("app: settings: %w: %s %v", ErrBadInput, what, v)
	}
	switch {
	case !slices.Contains([]string{"system", "light", "dark", "sepia"}, s.Theme):
		return bad("theme", s.Theme)
	case s.Font != "serif" && s.Font != "sans":
		return bad("font", s.Font)
	case s.FontSize < 14 || s.FontSize > 28:
		return bad("font size", s.FontSize)
	case !(s.LineHeight >= 1.2 && s.LineHeight <= 2.2):
		return bad("line height", s.LineHeight)
	case s.Width < 45 || s.Width > 90:
		return bad("width", s.Width)
	}
	for _, c := range s.Colours {
		if len(c) > 40 || !utf8.ValidString(c) {
			return bad("colour name", c)
		}
	}
	l := s.Layout
	for _, w := range []int{l.SidebarWidth, l.ListWidth, l.NotesWidth, l.WindowWidth, l.WindowHeight} {
		if w < 0 || w > 20000 {
			return bad("pane size", w)
		}
	}
	return nil
}

// Settings returns the saved settings, or the defaults.
func (s *System) Settings() (Settings, error) {
	if s.store == nil {
		return DefaultSettings(), nil
	}
	data, err := s.store.Settings()
	if err != nil {
		return DefaultSettings(), err
	}
	return decodeSettings(data), nil
}

// decodeSettings reads stored settings over the defaults; unreadable
// settings are not worth failing for.
func decodeSettings(data []byte) Settings {
	out := DefaultSettings()
	if data != nil && json.Unmarshal(data, &out) != nil {
		return DefaultSettings()
	}
	return out
}

// SaveSettings checks and stores the settings the frontend owns: all but
// the window's size, which the desktop shell saves (RememberWindow) and a
// page loaded before the window was resized would otherwise undo.
func (s *System) SaveSettings(v Settings) (Settings, error) {
	if err := v.Check(); err != nil {
		return Settings{}, err
	}
	return s.updateSettings(func(old *Settings) {
		l := old.Layout
		*old = v
		old.Layout.WindowWidth, old.Layout.WindowHeight, old.Layout.WindowMaximise = l.WindowWidth, l.WindowHeight, l.WindowMaximise
	})
}

// RememberWindow stores the window's size as it closes, leaving the other
// settings as they are; a maximised window keeps the size it had before.
func (s *System) RememberWindow(width, height int, maximised bool) (Settings, error) {
	if width < 0 || width > 20000 || height < 0 || height > 20000 {
		return Settings{}, fmt.Errorf("app: window size %dx%d: %w", width, height, ErrBadInput)
	}
	return s.updateSettings(func(old *Settings) {
		old.Layout.WindowMaximise = maximised
		if !maximised {
			old.Layout.WindowWidth, old.Layout.WindowHeight = width, height
		}
	})
}

// updateSettings changes the stored settings in one transaction.
func (s *System) updateSettings(change func(*Settings)) (Settings, error) {
	if s.store == nil {
		return Settings{}, fmt.Errorf("app: save settings: %w", ErrUnsupported)
	}
	var out Settings
	err := s.store.UpdateSettings(func(old []byte) ([]byte, error) {
		out = decodeSettings(old)
		change(&out)
		return json.Marshal(out)
	})
	if err != nil {
		return Settings{}, err
	}
	return out, nil
}
