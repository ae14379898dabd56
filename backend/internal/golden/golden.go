// Package golden compares a test's result with a golden file in testdata,
// the habit every parser and exporter test shares: the result is encoded as
// indented JSON, -update rewrites the file, and a difference fails the test
// with both sides shown.
package golden

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"
)

// Update is the -update flag of every test binary that uses this package.
var Update = flag.Bool("update", false, "rewrite the golden files from the current results")

// JSON compares v, as indented JSON, with the file at path.
func JSON(t testing.TB, path string, v any) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if *Update {
		if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if strings.TrimSpace(string(got)) != strings.TrimSpace(strings.ReplaceAll(string(want), "\r\n", "\n")) {
		t.Errorf("result differs from %s (run go test -update and review the diff)\ngot\n%s\nwant\n%s", path, got, want)
	}
}
