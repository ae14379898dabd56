package desktop

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/wailsapp/wails/v2/pkg/options"
)

// events records what the opener sends to the page.
type events struct {
	mu   sync.Mutex
	sent []any
}

func (e *events) Emit(name string, data any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.sent = append(e.sent, name, data)
}
func (e *events) got() []any {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]any(nil), e.sent...)
}

func newTestOpener(raised *int) (*opener, *events) {
	ev := &events{}
	return &opener{
		shell: ev, raise: func() { *raised++ },
		opened: make(chan struct{}), loaded: make(chan struct{}),
	}, ev
}

// Ensure that a link handed over by a second process waits for the library
// and the page, then brings the window forward and asks the page to open
// the article; links that name no article are dropped.
func TestOpener_SecondInstanceLink(t *testing.T) {
	raised := 0
	o, ev := newTestOpener(&raised)
	o.secondInstance(options.SecondInstanceData{
		Args: []string{"--db", "/x/library.db", "gloss://article/12#3", "gloss://tag/x"}, WorkingDirectory: t.TempDir(),
	})
	time.Sleep(20 * time.Millisecond)
	if got := ev.got(); len(got) != 0 {
		t.Fatalf("sent %v before the page loaded, want nothing", got)
	}
	o.libraryOpened()
	o.pageLoaded()
	o.pageLoaded() // DomReady comes again on a reload
	want := []any{EventOpenArticle, articleLink{ID: 12, Highlight: 3}}
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if len(ev.got()) >= len(want) {
			break
		}
	}
	if got := ev.got(); !reflect.DeepEqual(got, want) {
		t.Errorf("sent %v, want %v", got, want)
	}
	if raised != 1 {
		t.Errorf("window raised %d times, want 1", raised)
	}
}
