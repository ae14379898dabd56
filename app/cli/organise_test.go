package cli

import (
	"path/filepath"
	"strings"
	"testing"
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
