package app

// Shell is what the app needs from the desktop window: native dialogs and
// events. It is nil in the browser face and the CLI, and tests fake it, so
// nothing here calls the Wails runtime directly (which would kill a test
// binary that has no window).
type Shell interface {
	// OpenFiles shows the native multi-file dialog; no paths means cancelled.
	OpenFiles(title string) ([]string, error)
	// SaveFile shows the native save dialog, offering name in the last
	// folder used and files matching pattern ("*.csv"); "" means cancelled.
	// The dialog asks before replacing a file.
	SaveFile(title, name, pattern string) (string, error)
	// ChooseFolder shows the native folder dialog; "" means cancelled.
	ChooseFolder(title string) (string, error)
	// Emit sends an event to the frontend.
	Emit(name string, data any)
	// OpenURL opens a link in the system's browser, never in the app.
	OpenURL(url string)
}

// Events the frontend listens to inside the window.
const (
	EventImportProgress = "import:progress"
	EventImportDone     = "import:done"
	EventLibraryChanged = "library:changed"
)
