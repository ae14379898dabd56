package export

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// maxScan bounds how much of a Markdown file is read to find its gloss_id.
const maxScan = 64 << 10

// composeMarkdown returns the file to write: new front matter and region
// when old is empty; otherwise old with its region and Gloss' front-matter
// keys replaced, and everything else, including the user's own
// front-matter keys, kept. A file whose markers were both removed gets
// the region appended; one with a lone or repeated marker is refused with
// ErrBrokenRegion, since which text is the user's cannot be told. A file
// with Windows line ends keeps them.
func composeMarkdown(old string, fields []field, region string) (string, error) {
	if strings.Contains(old, "\r\n") {
		s, err := composeMarkdown(strings.ReplaceAll(old, "\r\n", "\n"), fields, region)
		return strings.ReplaceAll(s, "\n", "\r\n"), err
	}
	lines, rest, _ := frontMatter(old)
	var b strings.Builder
	b.WriteString("---\n")
	writeFields(&b, fields)
	for _, l := range userKeys(lines, managedKeys) {
		b.WriteString(l + "\n")
	}
	b.WriteString("---\n")
	if old == "" {
		return b.String() + "\n" + region, nil
	}
	begin, end, err := findRegion(rest)
	if err != nil {
		return "", err
	}
	if begin < 0 {
		return b.String() + strings.TrimRight(rest, "\n") + "\n\n" + region, nil
	}
	return b.String() + rest[:begin] + region + rest[end:], nil
}

// findRegion returns the byte range of the region in text, from the start
// of the begin line to just after the end line, or -1, -1 when there is
// neither marker.
func findRegion(text string) (begin, end int, err error) {
	begin, end = -1, -1
	nb, ne := 0, 0
	for off := 0; off < len(text); {
		line, _, found := strings.Cut(text[off:], "\n")
		next := off + len(line)
		if found {
			next++
		}
		switch strings.TrimSpace(line) {
		case beginMarker:
			nb, begin = nb+1, off
		case endMarker:
			ne, end = ne+1, next
		}
		off = next
	}
	switch {
	case nb == 0 && ne == 0:
		return -1, -1, nil
	case nb != 1 || ne != 1 || end < begin:
		return 0, 0, ErrBrokenRegion
	}
	return begin, end, nil
}

// glossFiles maps the gloss_id of each Markdown file in dir to its name,
// so that a re-export finds files the user renamed.
func glossFiles(dir string) (map[uint64]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("export: read folder %s: %w", dir, err)
	}
	out := map[uint64]string{}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.EqualFold(filepath.Ext(e.Name()), ".md") {
			continue
		}
		if id := glossID(filepath.Join(dir, e.Name())); id != 0 {
			if _, dup := out[id]; !dup {
				out[id] = e.Name()
			}
		}
	}
	return out, nil
}

// glossID reads the gloss_id key of a file's front matter; 0 when none.
func glossID(path string) uint64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(io.LimitReader(f, maxScan))
	for i := 0; sc.Scan(); i++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if i == 0 {
			if strings.TrimPrefix(line, "\ufeff") != "---" {
				return 0
			}
			continue
		}
		if line == "---" || line == "..." {
			return 0
		}
		if v, ok := strings.CutPrefix(line, "gloss_id:"); ok {
			id, _ := strconv.ParseUint(strings.TrimSpace(v), 10, 64)
			return id
		}
	}
	return 0
}
