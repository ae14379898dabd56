package exchange

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzFormat fuzzes one format's parser, seeded with the hand-written
// examples and the corpus files in that format: it must not panic, must
// keep the invariants of checkItems, and Parse must not panic either.
func fuzzFormat(f *testing.F, format Format, seeds ...string) {
	for _, pattern := range seeds {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		items, err := parsers[format]("fuzz", toUTF8(data))
		if err == nil {
			checkItems(t, items)
		}
		if _, items, err := Parse("fuzz", data); err == nil {
			checkItems(t, items)
			checkTitles(t, items)
		}
	})
}

const formats = corpusDir + "/formats/"

func FuzzKindle(f *testing.F) {
	fuzzFormat(f, Kindle, "testdata/kindle.txt", formats+"kindle-clippings/*/*.txt")
}

func FuzzKindleBackup(f *testing.F) {
	fuzzFormat(f, KindleBackup, "testdata/kindle-backup.ndjson")
}

func FuzzReadwise(f *testing.F) {
	fuzzFormat(f, Readwise, "testdata/readwise-*.csv")
}

func FuzzHypothesis(f *testing.F) {
	fuzzFormat(f, Hypothesis, "testdata/hypothesis.json")
}

func FuzzW3C(f *testing.F) {
	fuzzFormat(f, W3C, "testdata/w3c.json", formats+"w3c-web-annotation/model/example-0[234]*.json")
}

func FuzzWallabag(f *testing.F) {
	fuzzFormat(f, Wallabag, "testdata/wallabag.json", formats+"wallabag-import-fixtures/wallabag-v2-annotations.json")
}

func FuzzOmnivore(f *testing.F) {
	fuzzFormat(f, Omnivore, "testdata/omnivore.json")
}

func FuzzPocketHTML(f *testing.F) {
	fuzzFormat(f, PocketHTML, "testdata/pocket.html")
}

func FuzzPocketCSV(f *testing.F) {
	fuzzFormat(f, PocketCSV, "testdata/pocket.csv", formats+"wallabag-import-fixtures/pocket.csv")
}

func FuzzInstapaper(f *testing.F) {
	fuzzFormat(f, Instapaper, "testdata/instapaper.csv")
}

func FuzzBookmarks(f *testing.F) {
	fuzzFormat(f, Bookmarks, "testdata/bookmarks.html", formats+"wallabag-import-fixtures/*bookmarks*")
}

func FuzzLinks(f *testing.F) {
	fuzzFormat(f, Pinboard, "testdata/pinboard.json", formats+"wallabag-import-fixtures/pinboard_export",
		formats+"wallabag-import-fixtures/readability*.json", formats+"wallabag-import-fixtures/delicious*")
}

// FuzzSniff checks that sniffing any bytes is safe and agrees with Parse.
func FuzzSniff(f *testing.F) {
	for _, s := range []string{"", "{}", "[]", "<!DOCTYPE NETSCAPE-Bookmark-file-1>", "url,title,selection,folder\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sniffed, ok := Sniff(data)
		parsed, _, err := Parse("fuzz", data)
		if err == nil && (!ok || parsed != sniffed) {
			t.Fatalf("Parse read %q where Sniff said %q, %v", parsed, sniffed, ok)
		}
	})
}
