package desktop

import (
	"context"
	"strings"

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
			{DisplayName: "Articles (*.txt, *.md, *.html, *.epub)", Pattern: "*.txt;*.text;*.md;*.markdown;*.html;*.htm;*.epub"},
			// Other apps' exports and Gloss backups, told apart by content.
			{DisplayName: "Exports and backups (*.txt, *.csv, *.json, *.html)", Pattern: "*.txt;*.csv;*.json;*.jsonld;*.ndjson;*.html;*.htm"},
			{DisplayName: "All files", Pattern: "*"},
		},
	})
}

func (s *shell) SaveFile(title, name, pattern string) (string, error) {
	return runtime.SaveFileDialog(s.ctx, runtime.SaveDialogOptions{
		Title:                title,
		DefaultFilename:      name,
		CanCreateDirectories: true,
		Filters: []runtime.FileFilter{
			{DisplayName: strings.TrimPrefix(pattern, "*.") + " files (" + pattern + ")", Pattern: pattern},
			{DisplayName: "All files", Pattern: "*"},
		},
	})
}

func (s *shell) ChooseFolder(title string) (string, error) {
	return runtime.OpenDirectoryDialog(s.ctx, runtime.OpenDialogOptions{Title: title, CanCreateDirectories: true})
}

func (s *shell) Emit(name string, data any) {
	runtime.EventsEmit(s.ctx, name, data)
}

func (s *shell) OpenURL(url string) {
	runtime.BrowserOpenURL(s.ctx, url)
}
