package hostile

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/export"
)

// hostileExports collects, per payload, its articles from the hostile
// library with every field an export writes set to the payload: title,
// byline, site, address, date, the colour's meaning, notes and tags.
func hostileExports(t *testing.T) map[int][]export.Article {
	t.Helper()
	lib, ids := hostileLibrary(t)
	out := map[int][]export.Article{}
	for _, p := range Payloads() {
		colours := []string{"Yellow", p.Text, "Green", "Pink", "Purple"}
		arts, err := export.Collect(lib.Store(), ids[p.N], colours)
		if err != nil {
			t.Fatal(err)
		}
		// Exports must not rely on what the parsers and the store let in.
		arts[0].Title, arts[0].Byline, arts[0].Site, arts[0].URL, arts[0].Published = p.Text, p.Text, p.Text, p.Text, p.Text
		out[p.N] = arts
	}
	return out
}

// obsidian renders Markdown as Obsidian's preview would at worst: raw HTML
// passed through, GFM tables, autolinks of bare addresses.
var obsidian = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithRendererOptions(ghtml.WithUnsafe()),
)

// Ensure that every export format is inert for every payload: the HTML
// page escapes everything under a strict CSP, Markdown opened in Obsidian
// has no raw HTML, remote picture or script link, CSV cells are not
// formulas, JSON is valid and plain text has no control characters.
func TestExport_Payloads(t *testing.T) {
	exports := hostileExports(t)
	for _, p := range Payloads() {
		arts := exports[p.N]
		for _, f := range export.Formats {
			for _, one := range []bool{false, true} {
				group := arts
				if one {
					group = arts[:1]
				}
				out, err := export.Render(f, group, export.Options{})
				if err != nil {
					t.Errorf("payload %d: render %s: %v", p.N, f, err)
					continue
				}
				for _, problem := range exportProblems(f, out, p) {
					t.Errorf("%s export of %d articles: %s\npayload %d: %s", f, len(group), problem, p.N, p.Text)
				}
			}
		}
	}
}

// exportProblems lists what in one rendered export could run, load or
// mislead the program that opens it.
func exportProblems(f export.Format, out []byte, p Payload) []string {
	s := string(out)
	switch f {
	case export.HTML:
		problems := inert(s, map[atom.Atom]int{atom.Style: 1, atom.Meta: 4})
		if !strings.Contains(s, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`) {
			problems = append(problems, "no Content-Security-Policy meta tag")
		}
		seen := visibleText(s)
		for _, line := range strings.Split(p.Text, "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.Contains(seen, line) {
				problems = append(problems, fmt.Sprintf("the note line %q is not shown as text", line))
			}
		}
		return problems
	case export.Markdown:
		return markdownProblems(s)
	case export.CSV:
		rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
		if err != nil {
			return []string{err.Error()}
		}
		var problems []string
		for _, row := range rows {
			for _, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					problems = append(problems, fmt.Sprintf("cell %q reads as a formula", cell))
				}
			}
		}
		return problems
	case export.JSON:
		if !json.Valid(out) {
			return []string{"invalid JSON"}
		}
	case export.Text:
		if i := strings.IndexFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' && r != '\t' || r == 0x7f }); i >= 0 {
			return []string{fmt.Sprintf("control character %q", s[i])}
		}
	}
	return nil
}

// markdownProblems checks an exported Markdown file: front matter of
// Gloss's keys only, one managed region, and a body that renders to
// nothing that runs, loads or links anywhere but the web and Gloss.
func markdownProblems(s string) []string {
	var problems []string
	front, body, ok := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
	if !ok || !strings.HasPrefix(s, "---\n") {
		return []string{"no front matter"}
	}
	keys := map[string]int{}
	for _, line := range strings.Split(front, "\n") {
		if strings.HasPrefix(line, "  - ") || strings.HasPrefix(line, "- ") {
			continue
		}
		k, _, _ := strings.Cut(line, ":")
		keys[k]++
		if !slices.Contains([]string{"title", "author", "source", "url", "published", "tags", "gloss_id", "gloss_link"}, k) || keys[k] > 1 {
			problems = append(problems, fmt.Sprintf("front matter line %q", line))
		}
	}
	for _, marker := range []string{"%% gloss:begin %%", "%% gloss:end %%"} {
		if n := strings.Count("\n"+body+"\n", "\n"+marker+"\n"); n != 1 {
			problems = append(problems, fmt.Sprintf("%d lines %q, want 1", n, marker))
		}
	}
	var rendered bytes.Buffer
	if err := obsidian.Convert([]byte(body), &rendered); err != nil {
		return append(problems, err.Error())
	}
	for _, problem := range inert(rendered.String(), nil) {
		problems = append(problems, "rendered: "+problem)
	}
	return problems
}

// Ensure that titles made of payloads become safe file names inside the
// chosen folder, and that exporting twice updates the same files.
func TestExport_Payloads_Names(t *testing.T) {
	exports := hostileExports(t)
	root := t.TempDir()
	dir := filepath.Join(root, "vault", "Gloss")
	var all []export.Article
	for _, p := range Payloads() {
		all = append(all, exports[p.N]...)
	}
	for round := range 2 {
		sum, err := export.Write(dir, export.Markdown, all, export.Options{})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		if round == 1 && sum.Updated != len(all) {
			t.Errorf("second export updated %d files, want %d", sum.Updated, len(all))
		}
		for _, f := range []export.Format{export.CSV, export.HTML, export.Text, export.JSON} {
			for _, p := range Payloads()[:20] {
				if _, err := export.Write(dir, f, exports[p.N][:1], export.Options{Name: p.Text, Overwrite: true}); err != nil {
					t.Errorf("%s named %q: %v", f, p.Text, err)
				}
			}
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() || filepath.Base(e.Name()) != e.Name() || strings.HasPrefix(e.Name(), ".") {
			t.Errorf("export wrote %q", e.Name())
		}
	}
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Dir(path) != dir {
			t.Errorf("export wrote outside its folder: %s", path)
		}
		return nil
	})
}
