package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/store"
)

// Ensure that tags, trash, restore and filters work from the command line.
func TestOrganise(t *testing.T) {
	seed := seedPath(t)
	db := filepath.Join(t.TempDir(), "library.db")
	run := func(argv ...string) string {
		t.Helper()
		code, out, errOut := gloss(t, nil, append([]string{"--db", db}, argv...)...)
		if code != 0 {
			t.Fatalf("gloss %v: exit %d: %s", argv, code, errOut)
		}
		return out
	}
	run("import", seed)
	run("tag", "1", "2", "--add", "syria")
	run("tag", "rename", "syria", "middle east")
	if out := run("tag", "list"); out != "middle east\t2\n" {
		t.Errorf("tag list = %q, want middle east with 2", out)
	}
	if out := run("list", "--tag", "middle east", "--sort", "title"); !strings.Contains(out, "Damascus") || strings.Index(out, "Damascus") > strings.Index(out, "Israeli") {
		t.Errorf("list by tag sorted by title = %q", out)
	}
	run("delete", "2")
	if out := run("list"); strings.Contains(out, "Israeli") {
		t.Errorf("list shows a trashed article: %q", out)
	}
	if out := run("list", "--view", "trash"); !strings.Contains(out, "Israeli") {
		t.Errorf("trash = %q, want the deleted article", out)
	}
	run("restore", "2")
	if out := run("list", "--view", "trash"); strings.Contains(out, "Israeli") {
		t.Errorf("trash after restore = %q", out)
	}
	if code, _, errOut := gloss(t, nil, "--db", db, "list", "--view", "bogus"); code != 1 || !strings.Contains(errOut, "bad library query") {
		t.Errorf("bad view: exit %d, %q", code, errOut)
	}
}

// Ensure that backup, check and compact work and report.
func TestMaintenance(t *testing.T) {
	seed := seedPath(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	gloss(t, nil, "--db", db, "import", seed)
	backup := filepath.Join(dir, "backup.db")
	if code, out, errOut := gloss(t, nil, "--db", db, "backup", backup); code != 0 || !strings.Contains(out, "backed up") {
		t.Fatalf("backup: exit %d %q %q", code, out, errOut)
	}
	if code, out, _ := gloss(t, nil, "--db", backup, "list"); code != 0 || !strings.Contains(out, "Israeli") {
		t.Errorf("the backup lists %q", out)
	}
	if code, out, _ := gloss(t, nil, "--db", db, "check"); code != 0 || !strings.Contains(out, "no problems") {
		t.Errorf("check: exit %d %q", code, out)
	}
	if code, out, _ := gloss(t, nil, "--db", db, "compact"); code != 0 || !strings.Contains(out, "compacted") {
		t.Errorf("compact: exit %d %q", code, out)
	}
}

// Ensure that a broken library names its newest backup and can be restored from it.
func TestRestoreBackup(t *testing.T) {
	seed := seedPath(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "library.db")
	gloss(t, nil, "--db", db, "import", seed)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AutoBackup(0, 7); err != nil {
		t.Fatal(err)
	}
	s.Close()
	os.WriteFile(db, []byte("scribbled over"), 0o600)
	code, _, errOut := gloss(t, nil, "--db", db, "list")
	if code != 1 || !strings.Contains(errOut, "not a readable Gloss library") || !strings.Contains(errOut, "gloss restore-backup") {
		t.Fatalf("list on a broken library: exit %d, %q", code, errOut)
	}
	if code, out, errOut := gloss(t, nil, "--db", db, "restore-backup"); code != 0 || !strings.Contains(out, "kept as") {
		t.Fatalf("restore-backup: exit %d, %q %q", code, out, errOut)
	}
	if code, out, _ := gloss(t, nil, "--db", db, "list"); code != 0 || !strings.Contains(out, "Israeli") {
		t.Errorf("list after restore: exit %d, %q", code, out)
	}
}

// Ensure that search finds an imported article from a typo'd query, and
// that the index saved by one run answers the next.
func TestSearchCommand(t *testing.T) {
	seed := seedPath(t)
	db := filepath.Join(t.TempDir(), "library.db")
	gloss(t, nil, "--db", db, "import", seed)
	code, out, errOut := gloss(t, nil, "--db", db, "search", "gaza watr")
	if code != 0 || !strings.Contains(out, "Israeli Missile Hits Gaza Children Collecting Water") {
		t.Fatalf("search: exit %d, %q %q", code, out, errOut)
	}
	code, out, _ = gloss(t, nil, "--db", db, "search", "moscow lettres", "--json")
	if code != 0 || !strings.Contains(out, `"title": "Damascus, Moscow Exchanged 40 Letters`) {
		t.Errorf("search --json: exit %d, %q", code, out)
	}
}

// Ensure that highlights can be made and listed from the command line.
func TestHighlightNotes(t *testing.T) {
	seed := seedPath(t)
	db := filepath.Join(t.TempDir(), "library.db")
	gloss(t, nil, "--db", db, "import", seed)
	code, out, errOut := gloss(t, nil, "--db", db, "highlight", "2", "--quote", "At least eight Palestinians", "--note", "toll", "--color", "green", "--tag", "figures")
	if code != 0 || !strings.Contains(out, "highlight 1 on article 2") {
		t.Fatalf("highlight: exit %d %q %q", code, out, errOut)
	}
	if code, _, errOut := gloss(t, nil, "--db", db, "highlight", "2", "--quote", "not in the text at all"); code != 1 || !strings.Contains(errOut, "not in article 2") {
		t.Errorf("missing quote: exit %d %q", code, errOut)
	}
	code, out, _ = gloss(t, nil, "--db", db, "notes", "2")
	if code != 0 || !strings.Contains(out, "[green]") || !strings.Contains(out, "> At least eight Palestinians") || !strings.Contains(out, "toll") {
		t.Errorf("notes 2: exit %d %q", code, out)
	}
	code, out, _ = gloss(t, nil, "--db", db, "notes", "--json")
	if code != 0 || !strings.Contains(out, `"exact": "At least eight Palestinians"`) || !strings.Contains(out, `"article": "Israeli Missile`) {
		t.Errorf("notes --json: exit %d %q", code, out)
	}
}
