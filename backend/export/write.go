package export

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Write exports arts into the folder dir, creating it if needed, and
// returns what it wrote. Markdown without OneFile is one file per article
// named after its title; a file Gloss wrote before (found by its gloss_id,
// whatever its name now) is updated in place, keeping the user's text
// outside the managed region. Every other export is one file (see
// Options.Name). Each file is written atomically; on error, the files
// already written stay and the summary lists them.
func Write(dir string, format Format, arts []Article, opts Options) (Summary, error) {
	sum := Summary{Dir: dir}
	format, err := ParseFormat(string(format))
	if err != nil {
		return sum, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return sum, fmt.Errorf("export: create folder %s: %w", dir, err)
	}
	if format == Markdown && !opts.OneFile {
		return writeMarkdownFiles(dir, arts, sum, opts.Progress)
	}
	data, err := Render(format, arts, opts)
	if err != nil {
		return sum, err
	}
	stem := opts.Name
	switch {
	case stem == "" && len(arts) == 1:
		stem = arts[0].Title
	case stem == "":
		stem = "Gloss highlights"
	}
	name := SafeName(stem) + format.Ext()
	old, err := readIfExists(filepath.Join(dir, name))
	if err != nil {
		return sum, err
	}
	switch {
	case old == nil || opts.Overwrite && format != Markdown:
	case format == Markdown && hasRegion(string(old)):
		fields, region := markdownCombined(arts)
		s, err := composeMarkdown(string(old), fields, region)
		if err != nil {
			return sum, fmt.Errorf("export: %s: %w", name, err)
		}
		data = []byte(s)
		sum.Updated++
	default:
		name = newNamer(exists(dir)).pick(SafeName(stem), format.Ext())
	}
	if err := WriteFileAtomic(filepath.Join(dir, name), data); err != nil {
		return sum, err
	}
	sum.Files, sum.Articles, sum.Highlights = []string{name}, len(arts), count(arts)
	return sum, nil
}

// writeMarkdownFiles writes one file per article.
func writeMarkdownFiles(dir string, arts []Article, sum Summary, progress func(done, total int)) (Summary, error) {
	ours, err := glossFiles(dir)
	if err != nil {
		return sum, err
	}
	names := newNamer(exists(dir))
	for i := range arts {
		a := &arts[i]
		fields, region := markdownFile(a)
		name, known := ours[a.ID]
		var old []byte
		if known {
			if old, err = readIfExists(filepath.Join(dir, name)); err != nil {
				return sum, err
			}
		} else {
			name = names.pick(SafeName(a.Title), Markdown.Ext())
		}
		text, err := composeMarkdown(string(old), fields, region)
		if err != nil {
			return sum, fmt.Errorf("export: %s: %w", filepath.Join(dir, name), err)
		}
		if err := WriteFileAtomic(filepath.Join(dir, name), []byte(text)); err != nil {
			return sum, err
		}
		if old != nil {
			sum.Updated++
		}
		sum.Files = append(sum.Files, name)
		sum.Articles++
		sum.Highlights += len(a.Highlights)
		if progress != nil {
			progress(i+1, len(arts))
		}
	}
	return sum, nil
}

// hasRegion reports whether text holds a managed region's begin line.
func hasRegion(text string) bool {
	begin, _, err := findRegion(text)
	return begin >= 0 || errors.Is(err, ErrBrokenRegion)
}

// exists reports whether a file of that name is in dir.
func exists(dir string) func(string) bool {
	return func(name string) bool {
		_, err := os.Lstat(filepath.Join(dir, name))
		return !errors.Is(err, fs.ErrNotExist)
	}
}

// readIfExists returns a file's content, or nil when there is no file.
func readIfExists(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("export: read %s: %w", path, err)
	}
	return data, nil
}
