package desktop

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// shell gives package app the window's dialogs and events.
type shell struct {
	ctx context.Context
}

func (s *shell) OpenFiles(title string) ([]string, error) {
	return runtime.OpenMultipleFilesDialog(s.ctx, runtime.OpenDialogOptions{
		Title: title,
		Filters: []runtime.FileFilter{
			{DisplayName: "Articles (*.txt, *.md, *.html)", Pattern: "*.txt;*.text;*.md;*.markdown;*.html;*.htm"},
			{DisplayName: "All files", Pattern: "*"},
		},
	})
}

func (s *shell) Emit(name string, data any) {
	runtime.EventsEmit(s.ctx, name, data)
}

func (s *shell) OpenURL(url string) {
	runtime.BrowserOpenURL(s.ctx, url)
}
