package desktop

import (
	"log"
	"sync"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"

	"gloss/app"
	"gloss/app/cli"
)

// opener brings what a command line names into the window: files are
// imported as if dropped on it, gloss:// links open their article. Nothing
// is done before the library is open and the page has loaded: OnStartup
// and the page load run side by side, and events sent before the page
// listens are lost. The first process's targets come from its own command
// line; later processes hand theirs over through the single-instance lock.
type opener struct {
	lib    *app.Library
	shell  emitter
	raise  func()        // brings the window forward
	opened chan struct{} // closed once the library is open
	loaded chan struct{} // closed once the page has loaded
	once   [2]sync.Once
}

// emitter is the part of app.Shell the opener uses.
type emitter interface{ Emit(name string, data any) }

func newOpener(lib *app.Library, sh *shell, targets []string) *opener {
	o := &opener{
		lib: lib, shell: sh,
		raise: func() {
			runtime.WindowUnminimise(sh.ctx)
			runtime.Show(sh.ctx)
		},
		opened: make(chan struct{}), loaded: make(chan struct{}),
	}
	if len(targets) > 0 {
		o.whenReady(func() { o.open(targets) })
	}
	return o
}

// libraryOpened is called at the end of a successful OnStartup.
func (o *opener) libraryOpened() { o.once[0].Do(func() { close(o.opened) }) }

// pageLoaded is called on every DomReady; the first one counts.
func (o *opener) pageLoaded() { o.once[1].Do(func() { close(o.loaded) }) }

// secondInstance receives the command line of a later "gloss ..." process,
// which exits once it has handed it over, and brings the window forward.
func (o *opener) secondInstance(d options.SecondInstanceData) {
	targets, _ := cli.OpenTargets(d.Args, d.WorkingDirectory)
	o.whenReady(func() {
		o.raise()
		o.open(targets)
	})
}

// whenReady runs f once the library is open and the page listens. If the
// library never opens the window is closing, and f never runs.
func (o *opener) whenReady(f func()) {
	go func() {
		<-o.opened
		<-o.loaded
		f()
	}()
}

func (o *opener) open(targets []string) {
	var files []string
	for _, t := range targets {
		if !isLink(t) {
			files = append(files, t)
			continue
		}
		link, err := parseLink(t)
		if err != nil {
			log.Printf("gloss: %s: %v", t, err)
			continue
		}
		o.shell.Emit(EventOpenArticle, link)
	}
	if len(files) > 0 {
		app.ImportDropped(o.lib, files)
	}
}
