package dump

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	data := readSeed(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(seedFile, data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParse_NewsDumps parses all news dumps of the corpus pasted into
// one file, about 0.5 MB: the seed alone is too small to show how the
// parser scales with the length of a dump and with the number of articles.
func BenchmarkParse_NewsDumps(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(corpusDir(b, "news-dumps"), "dump-*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("no news dumps: %v", err)
	}
	var all []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		all = append(append(all, data...), "\n\n\n"...)
	}
	b.SetBytes(int64(len(all)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("news-dumps.txt", all); err != nil {
			b.Fatal(err)
		}
	}
}
