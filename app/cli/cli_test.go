package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gloss runs a command in-process and returns its exit status and streams.
func gloss(t *testing.T, env map[string]string, argv ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(Env{
		Version: "test", Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string { return env[k] },
		Desktop: func(string, []string) error {
			t.Fatal("the desktop window was started")
			return nil
		},
	}, argv)
	return code, out.String(), errOut.String()
}

func seedPath(t *testing.T) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "corpus", "seed", "asharq-al-awsat-2-articles.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus not found at %s: skipping", p)
	}
	return p
}

// Ensure that parse --json prints the seed's two articles with the documented fields.
func TestParse_JSON(t *testing.T) {
	code, out, errOut := gloss(t, nil, "parse", seedPath(t), "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out)
	}
	want := []string{
		"Damascus, Moscow Exchanged 40 Letters Documenting Difficult Stages of Syrian Conflict",
		"Israeli Missile Hits Gaza Children Collecting Water",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d", len(got), len(want))
	}
	for i, a := range got {
		if a["title"] != want[i] {
			t.Errorf("article %d title = %q, want %q", i+1, a["title"], want[i])
		}
		for _, field := range []string{"byline", "site", "url", "lang", "dir", "captions", "paragraphs", "text"} {
			if _, ok := a[field]; !ok {
				t.Errorf("article %d has no %q field", i+1, field)
			}
		}
	}
}

// Ensure that import, list and show work on a library chosen by --db and by GLOSS_DB.
func TestImportListShow(t *testing.T) {
	seed := seedPath(t)
	db := filepath.Join(t.TempDir(), "lib", "library.db")
	if code, out, errOut := gloss(t, nil, "--db", db, "import", seed); code != 0 || !strings.Contains(out, "2 imported") {
		t.Fatalf("import: exit %d, %q %q", code, out, errOut)
	}
	if code, out, _ := gloss(t, nil, "import", seed, "--db="+db); code != 0 || !strings.Contains(out, "0 imported, 2 duplicates") {
		t.Fatalf("second import: exit %d, %q; want 2 duplicates", code, out)
	}
	code, out, errOut := gloss(t, map[string]string{"GLOSS_DB": db}, "list", "--json")
	var list []struct {
		ID                         uint64
		Title, Site, Added, Source string
	}
	if code != 0 || json.Unmarshal([]byte(out), &list) != nil || len(list) != 2 {
		t.Fatalf("list: exit %d, %q %q; want 2 articles", code, out, errOut)
	}
	if list[0].Added == "" || list[0].ID == 0 {
		t.Errorf("list item = %+v, want id and added", list[0])
	}
	code, out, _ = gloss(t, nil, "--db", db, "show", "2")
	if code != 0 || !strings.HasPrefix(out, "Israeli Missile Hits Gaza Children Collecting Water\n") {
		t.Errorf("show 2: exit %d, %q", code, out)
	}
}

// Ensure that mistakes give exit status 1 and one line on stderr.
func TestErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "library.db")
	bin := filepath.Join(t.TempDir(), "x.bin")
	os.WriteFile(bin, []byte{0, 1, 2, 0, 0}, 0o600)
	tests := []struct {
		argv []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"list", "--bogus"}, "unknown flag --bogus"},
		{[]string{"--db"}, "flag --db needs a value"},
		{[]string{"parse"}, "name at least one file"},
		{[]string{"parse", "missing.txt"}, "missing.txt"},
		{[]string{"parse", bin}, "x.bin: not a format Gloss reads"},
		{[]string{"--db", db, "import", bin}, "x.bin: not a format Gloss reads"},
		{[]string{"--db", db, "show", "abc"}, `"abc" is not an article ID`},
		{[]string{"--db", db, "show", "7"}, "no such article"},
		{[]string{"serve", "--addr", "0.0.0.0:0", "--db", db}, "loopback only"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.argv, " "), func(t *testing.T) {
			code, _, errOut := gloss(t, nil, tt.argv...)
			if code != 1 || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 1 and one line containing %q", code, errOut, tt.want)
			}
		})
	}
}

// Ensure that version and help print without touching a library.
func TestVersionHelp(t *testing.T) {
	if _, out, _ := gloss(t, nil, "version"); out != "gloss test\n" {
		t.Errorf("version = %q", out)
	}
	if _, out, _ := gloss(t, nil, "help"); !strings.Contains(out, "gloss serve") {
		t.Errorf("help = %q, want the usage", out)
	}
}

// Ensure that the default library is in each OS's per-user data folder.
func TestDataDir(t *testing.T) {
	env := map[string]string{"HOME": "/home/u", "AppData": `C:\Users\u\AppData\Roaming`, "XDG_DATA_HOME": "/x"}
	get := func(k string) string { return env[k] }
	tests := []struct{ goos, want string }{
		{"linux", "/x/gloss"},
		{"darwin", "/home/u/Library/Application Support/Gloss"},
		{"windows", filepath.Join(`C:\Users\u\AppData\Roaming`, "Gloss")},
	}
	for _, tt := range tests {
		if got := dataDir(tt.goos, get); got != tt.want {
			t.Errorf("dataDir(%s) = %q, want %q", tt.goos, got, tt.want)
		}
	}
	delete(env, "XDG_DATA_HOME")
	if got := dataDir("linux", get); got != "/home/u/.local/share/gloss" {
		t.Errorf("dataDir(linux) without XDG_DATA_HOME = %q", got)
	}
}
