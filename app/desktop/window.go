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

// rememberWindow saves the window's size before it closes, and only that;
// it never stops the window from closing.
func rememberWindow(ctx context.Context, sys *app.System) bool {
	w, h := runtime.WindowGetSize(ctx)
	sys.RememberWindow(w, h, runtime.WindowIsMaximised(ctx))
	return false
}
