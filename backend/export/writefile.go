package export

import (
	"fmt"
	"path/filepath"
)

// WriteFile writes a one-file export at exactly path, which the user chose
// in a save dialog or on the command line: what is there is replaced,
// except that a Markdown file Gloss wrote before keeps the user's text
// outside its managed region and their own front-matter keys.
func WriteFile(path string, format Format, arts []Article, opts Options) (Summary, error) {
	sum := Summary{Dir: filepath.Dir(path)}
	format, err := ParseFormat(string(format))
	if err != nil {
		return sum, err
	}
	data, err := Render(format, arts, opts)
	if err != nil {
		return sum, err
	}
	if format == Markdown {
		old, err := readIfExists(path)
		if err != nil {
			return sum, err
		}
		if old != nil && hasRegion(string(old)) {
			fields, region := markdownCombined(arts)
			if len(arts) == 1 && !opts.OneFile {
				fields, region = markdownFile(&arts[0])
			}
			s, err := composeMarkdown(string(old), fields, region)
			if err != nil {
				return sum, fmt.Errorf("export: %s: %w", path, err)
			}
			data = []byte(s)
			sum.Updated++
		}
	}
	if err := WriteFileAtomic(path, data); err != nil {
		return sum, err
	}
	sum.Files, sum.Articles, sum.Highlights = []string{filepath.Base(path)}, len(arts), count(arts)
	return sum, nil
}
