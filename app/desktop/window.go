package desktop

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"gloss/app"
)

// restoreWindow gives the window the size it had when it was last closed.
func restoreWindow(ctx context.Context, sys *app.System) {
	s, err := sys.Settings()
	if err != nil {
		return
	}
	if l := s.Layout; l.WindowWidth >= 900 && l.WindowHeight >= 600 {
		runtime.WindowSetSize(ctx, l.WindowWidth, l.WindowHeight)
	}
	if s.Layout.WindowMaximise {
		runtime.WindowMaximise(ctx)
	}
}

// rememberWindow saves the window's size before it closes; it never stops
// the window from closing.
func rememberWindow(ctx context.Context, sys *app.System) bool {
	s, err := sys.Settings()
	if err != nil {
		return false
	}
	s.Layout.WindowMaximise = runtime.WindowIsMaximised(ctx)
	if !s.Layout.WindowMaximise {
		s.Layout.WindowWidth, s.Layout.WindowHeight = runtime.WindowGetSize(ctx)
	}
	sys.SaveSettings(s)
	return false
}
