package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// window records what Main handed to the desktop window, if anything.
type window struct {
	opened  bool
	library string
	open    []string
}

// route runs argv in-process with a desktop that only records its call.
func route(t *testing.T, argv ...string) (window, int, string, string) {
	t.Helper()
	var w window
	var out, errOut bytes.Buffer
	code := Main(Env{
		Version: "test", Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return map[string]string{"HOME": t.TempDir()}[k] },
		Desktop: func(library string, open []string) error {
			w = window{true, library, open}
			return nil
		},
	}, argv)
	return w, code, out.String(), errOut.String()
}

// Ensure that the window gets the command lines that name files or links,
// and every other command line keeps its meaning.
func TestMain_OpenRouting(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, name := range []string{"a.txt", "b.md", "list"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(dir, "folder"), 0o700)
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.md")
	db := filepath.Join(dir, "lib.db")

	tests := []struct {
		name    string
		argv    []string
		window  bool
		open    []string
		library string // "" for the default library
		stderr  string // a part of the error, for command lines that fail
	}{
		{name: "no arguments", argv: nil, window: true},
		{name: "only --db", argv: []string{"--db", db}, window: true, library: db},
		{name: "absolute file", argv: []string{a}, window: true, open: []string{a}},
		{name: "relative files", argv: []string{"a.txt", "./b.md"}, window: true, open: []string{a, b}},
		{name: "--db before", argv: []string{"--db", db, "a.txt"}, window: true, open: []string{a}, library: db},
		{name: "--db after", argv: []string{"a.txt", "--db=" + db}, window: true, open: []string{a}, library: db},
		{name: "later missing file is passed on", argv: []string{"a.txt", "gone.txt"}, window: true,
			open: []string{a, filepath.Join(dir, "gone.txt")}},
		{name: "file URL", argv: []string{"file://" + filepath.ToSlash(a)}, window: true, open: []string{a}},
		{name: "file URL on localhost", argv: []string{"file://localhost" + filepath.ToSlash(b)}, window: true, open: []string{b}},
		{name: "gloss link", argv: []string{"gloss://article/12#3"}, window: true, open: []string{"gloss://article/12#3"}},
		{name: "link then file", argv: []string{"gloss://article/12", "a.txt"}, window: true,
			open: []string{"gloss://article/12", a}},
		{name: "missing file", argv: []string{"gone.txt"}, stderr: `unknown command "gone.txt"`},
		{name: "folder", argv: []string{"folder"}, stderr: `unknown command "folder"`},
		{name: "web URL", argv: []string{"https://example.com/a.txt"}, stderr: "unknown command"},
		{name: "unknown word", argv: []string{"frobnicate", "a.txt"}, stderr: `unknown command "frobnicate"`},
		{name: "command beats a file of its name", argv: []string{"--db", db, "list"}},
		{name: "import stays a command", argv: []string{"--db", db, "import", "b.md"}},
		{name: "help wins", argv: []string{"a.txt", "--help"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, code, _, errOut := route(t, tt.argv...)
			if w.opened != tt.window {
				t.Fatalf("window opened = %v, want %v (exit %d, stderr %q)", w.opened, tt.window, code, errOut)
			}
			if tt.stderr != "" && (code != 1 || !strings.Contains(errOut, tt.stderr)) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, errOut, tt.stderr)
			}
			if !tt.window {
				return
			}
			if !reflect.DeepEqual(w.open, tt.open) {
				t.Errorf("open = %q, want %q", w.open, tt.open)
			}
			if tt.library != "" && w.library != tt.library {
				t.Errorf("library = %q, want %q", w.library, tt.library)
			}
		})
	}
}

// Ensure that a second process's command line, handed over by the
// single-instance lock, resolves against that process's folder and never
// mistakes the --db value for a file to import.
func TestOpenTargets_SecondInstance(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	db := filepath.Join(dir, "lib.db")
	for _, p := range []string{a, db} {
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		argv []string
		want []string
		ok   bool
	}{
		{nil, nil, false},
		{[]string{"--db", db}, nil, false},
		{[]string{"--db", db, "a.txt"}, []string{a}, true},
		{[]string{"a.txt", "sub/../a.txt"}, []string{a, a}, true},
		{[]string{"gloss://article/7"}, []string{"gloss://article/7"}, true},
		{[]string{"GLOSS://article/7"}, []string{"GLOSS://article/7"}, true},
		{[]string{"--bogus", "a.txt"}, nil, false},
	}
	for _, tt := range tests {
		got, ok := OpenTargets(tt.argv, dir)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("OpenTargets(%q) = %q, %v; want %q, %v", tt.argv, got, ok, tt.want, tt.ok)
		}
	}
}
