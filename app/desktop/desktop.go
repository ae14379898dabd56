// Package desktop runs Gloss in its native window with Wails. It is the
// only package that calls the Wails runtime, through the shell below, so the
// rest of the app is tested without a window.
package desktop

import (
	"context"
	"encoding/json"
	"io/fs"
	"log"
	"net/http"
	"time"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"gloss/app"
	"gloss/app/serve"
	"gloss/backend/finder"
	"gloss/backend/library"
	"gloss/backend/store"
)

// uniqueID identifies Gloss to Wails' single-instance lock.
const uniqueID = "app.gloss.desktop.7c1f9e0a"

// Run opens the library at path and shows the window until it is closed.
// open lists files to import and gloss:// links to follow once the window
// shows (see cli.OpenTargets).
func Run(assets fs.FS, icon []byte, version, path string, open []string) error {
	// The bound structs must exist before wails.Run; they are filled in
	// OnStartup, once the single-instance check has let this process go on
	// and the library is open.
	lib, reader, notes, search := new(app.Library), new(app.Reader), new(app.Notes), new(app.Search)
	export := new(app.Export)
	var fnd *finder.Finder
	info := app.Info{Version: version, Face: "desktop", Library: path}
	system := app.NewSystem(info, nil, nil)
	var st *store.Store
	var startErr error
	sh := &shell{}
	op := newOpener(lib, sh, open)
	pics := new(libraryPictures)

	return wails.Run(&options.App{
		Title:     "Gloss",
		Width:     1200,
		Height:    800,
		MinWidth:  900,
		MinHeight: 600,
		AssetServer: &assetserver.Options{
			Assets: assets,
			// Whatever is not a file of the frontend: the library's
			// pictures (serve.ImagePath), under the same headers.
			Handler:    serve.Images(pics),
			Middleware: func(next http.Handler) http.Handler { return serve.SecureHeaders(next) },
		},
		BackgroundColour: &options.RGBA{R: 250, G: 249, B: 246, A: 255},
		OnStartup: func(ctx context.Context) {
			sh.ctx = ctx
			var l *library.Library
			st, l, startErr = openLibrary(ctx, path)
			if startErr != nil {
				runtime.MessageDialog(ctx, runtime.MessageDialogOptions{
					Type: runtime.ErrorDialog, Title: "Gloss cannot open the library", Message: startErr.Error(),
				})
				runtime.Quit(ctx)
				return
			}
			pics.st.Store(st)
			*lib = *app.NewLibrary(l, sh)
			*reader = *app.NewReader(l)
			fnd = finder.Open(l)
			*notes = *app.NewNotes(l, fnd)
			*export = *app.NewExport(l, sh)
			*search = *app.NewSearch(fnd, l)
			go saveIndexEvery(ctx, fnd, time.Minute)
			*system = *app.NewSystem(info, st, sh)
			restoreWindow(ctx, system)
			runtime.OnFileDrop(ctx, func(_, _ int, paths []string) {
				go app.ImportDropped(lib, paths)
			})
			op.libraryOpened()
		},
		OnDomReady: func(context.Context) {
			op.pageLoaded()
		},
		OnBeforeClose: func(ctx context.Context) bool {
			if st == nil {
				return false
			}
			return rememberWindow(ctx, system)
		},
		OnShutdown: func(context.Context) {
			if fnd != nil {
				if err := fnd.Save(); err != nil {
					log.Printf("gloss: %v", err)
				}
			}
			if st != nil {
				st.Close()
			}
		},
		SingleInstanceLock: &options.SingleInstanceLock{
			UniqueId: uniqueID,
			// A later "gloss", "gloss FILE..." or "gloss gloss://..." hands
			// its command line to this window and exits.
			OnSecondInstanceLaunch: op.secondInstance,
		},
		DragAndDrop: &options.DragAndDrop{
			EnableFileDrop:     true,
			DisableWebViewDrop: true,
		},
		// The window's bridge rejects with new Error(value), which would turn
		// an object into "[object Object]"; JSON text survives and api.ts
		// reads the code and message back.
		ErrorFormatter: func(err error) any {
			b, _ := json.Marshal(app.ToError(err))
			return string(b)
		},
		Bind: []any{lib, reader, notes, search, system, export},
		Linux: &linux.Options{
			ProgramName: "gloss",
			Icon:        icon,
		},
	})
}
