package exchange

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// corpusCase is one real export of the shared corpus and what reading the
// file by hand says it holds.
type corpusCase struct {
	file              string // under formats/
	format            Format
	items, highlights int
	check             func(t *testing.T, items []Item)
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateTime, s)
	if err != nil {
		panic(err)
	}
	return t
}

// wantEq fails the test when got differs from want.
func wantEq[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

var kindleCases = []corpusCase{
	{"kindle-clippings/hadynz-kindle-clippings/blockParser__simple.txt", Kindle, 1, 2, func(t *testing.T, items []Item) {
		wantEq(t, "title (BOM before every entry)", items[0].Title, "Strength in Stillness: The Power of Transcendental Meditation")
		wantEq(t, "author", items[0].Author, "Roth, Bob")
	}},
	{"kindle-clippings/hadynz-kindle-clippings/blockParser__trailing-separator-start.txt", Kindle, 1, 2, func(t *testing.T, items []Item) {
		wantEq(t, "created (US, PM)", items[0].Highlights[0].Created, date("2012-04-24 16:13:00"))
		wantEq(t, "location", items[0].Highlights[0].Location, "page 125")
	}},
	{"kindle-clippings/hadynz-kindle-clippings/bookParser__dup-location-scenario.txt", Kindle, 3, 3, nil},
	{"kindle-clippings/hadynz-kindle-clippings/bookParser__dup-same-page.txt", Kindle, 1, 3, func(t *testing.T, items []Item) {
		var quotes []string
		for _, h := range items[0].Highlights {
			quotes = append(quotes, h.Quote)
		}
		wantEq(t, "quotes (the repeated one merged)", strings.Join(quotes, "|"), "Highlight 1|Highlight 2|Highlight 3")
		wantEq(t, "created (two-digit year)", items[0].Highlights[0].Created, date("2012-12-03 19:42:30"))
	}},
	{"kindle-clippings/hadynz-kindle-clippings/bookParser__first-scenario.txt", Kindle, 2, 5, func(t *testing.T, items []Item) {
		wantEq(t, "first book", items[0].Title, "Elantris: Tenth Anniversary Author's Definitive Edition")
		h := items[1].Highlights[0]
		wantEq(t, "1984 quote (the extended one kept)", h.Quote, "“Don’t you see that the whole aim of Newspeak is to narrow the range of thought?")
		wantEq(t, "1984 note at location 738", h.Note, "The ABC model - key for growth and happiness")
		wantEq(t, "1984 loose note", items[1].Highlights[1].Note, "Airplane Accidents - also how software projects go wrong")
		wantEq(t, "loose note offsets", items[1].Highlights[1].Start, -1)
	}},
	{"kindle-clippings/hadynz-kindle-clippings/bookParser__missing-note-scenario.txt", Kindle, 1, 1, func(t *testing.T, items []Item) {
		wantEq(t, "author (nested parentheses)", items[0].Author, "(美)米切尔")
		wantEq(t, "note", items[0].Highlights[0].Note, "原来是为她哥哥守孝,到这里才说明白。")
		wantEq(t, "created (Chinese, 下午)", items[0].Highlights[0].Created, date("2023-02-09 18:35:21"))
	}},
	{"kindle-clippings/hadynz-kindle-clippings/bookParser__no-content-scenario.txt", Kindle, 1, 1, nil},
	{"kindle-clippings/hadynz-kindle-clippings/bookParser__unordered-scenario.txt", Kindle, 1, 3, func(t *testing.T, items []Item) {
		var notes []string
		for _, h := range items[0].Highlights {
			notes = append(notes, h.Note)
		}
		wantEq(t, "notes", strings.Join(notes, "|"), "Hollow 1|Few more|Hollow 2\n\nHollow 3")
	}},
	{"kindle-clippings/yakimka-clippings/clippings_for_upload.txt", Kindle, 1, 1, func(t *testing.T, items []Item) {
		wantEq(t, "note", items[0].Highlights[0].Note, "My note in English (US)")
	}},
	{"kindle-clippings/yakimka-clippings/my_clippings_languages_examples.txt", Kindle, 1, 11, func(t *testing.T, items []Item) {
		for _, h := range items[0].Highlights {
			lang := strings.TrimPrefix(h.Quote, "My highlight in ")
			wantEq(t, lang+" note", h.Note, "My note in "+lang)
			wantEq(t, lang+" created", h.Created, date("2024-08-22 18:10:53"))
			wantEq(t, lang+" location", h.Location, "page 112, location 1300-1301")
		}
	}},
	{"kindle-clippings/yakimka-clippings/my-clippings-backup.ndjson", KindleBackup, 6, 24, func(t *testing.T, items []Item) {
		wantEq(t, "authors", items[0].Author, "J. Chris Anderson, Jan Lehnardt, Noah Slater")
		wantEq(t, "location (page only)", items[0].Highlights[0].Location, "page 44")
	}},
}

var wallabagCases = []corpusCase{
	{"wallabag-import-fixtures/chrome-bookmarks", Bookmarks, 1, 0, func(t *testing.T, items []Item) {
		wantEq(t, "added (since 1601)", items[0].Added, date("2016-09-20 13:15:29"))
		wantEq(t, "folder", items[0].Folder, "Barre de favoris")
	}},
	{"wallabag-import-fixtures/delicious_export.2021.02.06_21.10.json", Delicious, 3, 0, func(t *testing.T, items []Item) {
		wantEq(t, "added", items[0].Added, time.Unix(1358531607, 0).UTC())
		wantEq(t, "tags", strings.Join(items[0].Tags, ","), "basket,javascript,loader,localStorage")
	}},
	{"wallabag-import-fixtures/elcurator.json", ElCurator, 1, 0, func(t *testing.T, items []Item) {
		wantEq(t, "starred", items[0].Starred, true)
		wantEq(t, "added", items[0].Added, date("2015-09-09 11:10:32"))
	}},
	{"wallabag-import-fixtures/firefox-bookmarks.json", Bookmarks, 2, 0, func(t *testing.T, items []Item) {
		wantEq(t, "tags", strings.Join(items[0].Tags, ","), "test,tag")
		wantEq(t, "folder", items[0].Folder, "Barre personnelle")
		wantEq(t, "added", items[0].Added, time.UnixMicro(1388166091644000).UTC())
	}},
	{"wallabag-import-fixtures/instapaper-export.csv", Instapaper, 4, 0, func(t *testing.T, items []Item) {
		wantEq(t, "archived", items[1].Archived, true)
		wantEq(t, "starred", items[2].Starred, true)
		wantEq(t, "folder", items[3].Folder, "test_tag")
		wantEq(t, "title", items[3].Title, "Dis donc Donald Trump, c'est quoi exactement «covfefe»?")
	}},
	{"wallabag-import-fixtures/omnivore.json", Omnivore, 20, 0, func(t *testing.T, items []Item) {
		wantEq(t, "archived", items[0].Archived, true)
		wantEq(t, "author", items[0].Author, "Juliette Garnier")
		wantEq(t, "labels", strings.Join(items[2].Tags, ","), "RSS,TEST")
		wantEq(t, "added", items[0].Added, date("2024-10-29 16:30:11"))
	}},
	{"wallabag-import-fixtures/pinboard_export", Pinboard, 3, 0, func(t *testing.T, items []Item) {
		wantEq(t, "title", items[0].Title, "Complexities of an Infinite Scroller")
		wantEq(t, "tags", strings.Join(items[0].Tags, ","), "infinite,dom,performance,scroll")
	}},
	{"wallabag-import-fixtures/pocket.csv", PocketCSV, 7, 0, func(t *testing.T, items []Item) {
		wantEq(t, "archived", items[3].Archived, true)
		wantEq(t, "unread", items[0].Archived, false)
		wantEq(t, "title across lines", items[6].Title, "Des abeilles pour résoudre les « conflits » entre les humains et les élépha")
	}},
	{"wallabag-import-fixtures/readability-read.json", ReadabilityRL, 2, 0, func(t *testing.T, items []Item) {
		wantEq(t, "archived", items[0].Archived, true)
	}},
	{"wallabag-import-fixtures/readability.json", ReadabilityRL, 3, 0, func(t *testing.T, items []Item) {
		wantEq(t, "starred", items[1].Starred, true)
		wantEq(t, "added (+0200)", items[1].Added, date("2016-09-08 09:55:58"))
	}},
	{"wallabag-import-fixtures/ril_export.html", PocketHTML, 2, 0, func(t *testing.T, items []Item) {
		wantEq(t, "added", items[0].Added, time.Unix(1688628695, 0).UTC())
		wantEq(t, "tags", strings.Join(items[0].Tags, ","), "ifttt,new_entry_simple")
	}},
	{"wallabag-import-fixtures/shaarli-bookmarks.html", Bookmarks, 2, 0, func(t *testing.T, items []Item) {
		wantEq(t, "tags", strings.Join(items[1].Tags, ","), "firefoxos")
		wantEq(t, "added", items[1].Added, time.Unix(1683376565, 0).UTC())
	}},
	{"wallabag-import-fixtures/wallabag-v1-read.json", Wallabag, 3, 0, func(t *testing.T, items []Item) {
		wantEq(t, "starred (is_fav)", items[0].Starred, true)
		wantEq(t, "tags", strings.Join(items[2].Tags, ","), "framasoft,tag")
	}},
	{"wallabag-import-fixtures/wallabag-v1.json", Wallabag, 2, 0, func(t *testing.T, items []Item) {
		wantEq(t, "archived (is_read)", items[1].Archived, true)
		wantEq(t, "heading", items[0].Article.Blocks[0].Text, "Une interview de Nicolas, son développeur.")
	}},
	{"wallabag-import-fixtures/wallabag-v2-annotations.json", Wallabag, 1, 3, func(t *testing.T, items []Item) {
		h := items[0].Highlights[0]
		wantEq(t, "quote", h.Quote, "some quoted text")
		wantEq(t, "note", h.Note, "my imported annotation")
		wantEq(t, "location", h.Location, "/p[1]:0-/p[1]:12")
		wantEq(t, "text", items[0].Article.Text, "Some content to annotate")
	}},
	{"wallabag-import-fixtures/wallabag-v2-read.json", Wallabag, 2, 0, func(t *testing.T, items []Item) {
		wantEq(t, "archived", items[0].Archived, true)
	}},
	{"wallabag-import-fixtures/wallabag-v2.json", Wallabag, 6, 0, func(t *testing.T, items []Item) {
		wantEq(t, "starred", items[0].Starred, true)
		wantEq(t, "tags", strings.Join(items[0].Tags, ","), "mediapart,blog")
		wantEq(t, "placeholder content is no text", items[2].Article == nil, true)
		wantEq(t, "added", items[0].Added, date("2016-09-08 09:55:58"))
	}},
}

var w3cCases = []corpusCase{
	{"w3c-web-annotation/model/example-005.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		wantEq(t, "HTML body as text", items[0].Highlights[0].Note, "j'adore !")
	}},
	{"w3c-web-annotation/model/example-006.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		wantEq(t, "bodyValue", items[0].Highlights[0].Note, "Comment text")
	}},
	{"w3c-web-annotation/model/example-009.json", W3C, 2, 2, nil},
	{"w3c-web-annotation/model/example-015.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		h := items[0].Highlights[0]
		wantEq(t, "tags", strings.Join(h.Tags, ","), "readme")
		wantEq(t, "note", h.Note, "A good description of the topic that bears further investigation")
	}},
	{"w3c-web-annotation/model/example-023.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		h := items[0].Highlights[0]
		wantEq(t, "quote", h.Quote+"|"+h.Prefix+"|"+h.Suffix, "anotation|this is an | that has some")
		wantEq(t, "url", items[0].URL, "http://example.org/page1")
	}},
	{"w3c-web-annotation/model/example-024.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		wantEq(t, "offsets", [2]int{items[0].Highlights[0].Start, items[0].Highlights[0].End}, [2]int{412, 795})
	}},
	{"w3c-web-annotation/model/example-029.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		wantEq(t, "refined quote", items[0].Highlights[0].Quote, "Selected Text")
	}},
	{"w3c-web-annotation/model/example-040.json", W3C, 2, 0, nil},
	{"w3c-web-annotation/model/example-041.json", W3C, 1, 1, func(t *testing.T, items []Item) {
		h := items[0].Highlights[0]
		wantEq(t, "tags", strings.Join(h.Tags, ","), "love")
		wantEq(t, "note (first choice)", h.Note, "I really love this particular bit of text in this XML. No really.")
		wantEq(t, "refined offsets", [2]int{h.Start, h.End}, [2]int{6, 27})
		wantEq(t, "created", h.Created, date("2015-10-13 13:00:00"))
	}},
	{"w3c-web-annotation/model/example-043.json", W3C, 4, 4, func(t *testing.T, items []Item) {
		wantEq(t, "motivation tagging", strings.Join(items[0].Highlights[0].Tags, ","), "important")
	}},
}

// Ensure that the real exports of the corpus parse to what reading them
// by hand says they hold.
func TestParse_Corpus(t *testing.T) {
	for _, tc := range slices.Concat(kindleCases, wallabagCases, w3cCases) {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			data := mustRead(t, corpus(t, "formats", tc.file))
			if f, ok := Sniff(data); !ok || f != tc.format {
				t.Errorf("Sniff = %q, %v, want %q", f, ok, tc.format)
			}
			f, items, err := Parse(tc.file, data)
			if err != nil {
				t.Fatal(err)
			}
			wantEq(t, "format", f, tc.format)
			wantEq(t, "items", len(items), tc.items)
			wantEq(t, "highlights", countHighlights(items), tc.highlights)
			checkItems(t, items)
			checkTitles(t, items)
			if tc.check != nil && !t.Failed() {
				tc.check(t, items)
			}
		})
	}
}

// Ensure that every export file of the corpus (all but licences, the
// schema, the JSON-LD context and the protocol's HTTP messages) is sniffed
// and parsed; the one collection that only links to its pages says so.
func TestParse_CorpusAll(t *testing.T) {
	dir := corpus(t, "formats")
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		base := d.Name()
		switch {
		case err != nil || d.IsDir():
			return err
		case base == "LICENSE" || base == "LICENSE.md" || base == "COPYING.md" || base == "SOURCE_COMMIT" ||
			base == "index.json" || base == "anno.jsonld" || strings.HasPrefix(rel, "hypothesis-api-schema") ||
			strings.HasPrefix(rel, filepath.Join("w3c-web-annotation", "protocol")):
			return nil
		}
		n++
		data := mustRead(t, path)
		if _, ok := Sniff(data); !ok {
			t.Errorf("%s: not sniffed", rel)
		}
		_, items, err := Parse(base, data)
		if base == "example-038.json" {
			if !errors.Is(err, ErrEmpty) {
				t.Errorf("%s: err = %v, want ErrEmpty", rel, err)
			}
			return nil
		}
		if err != nil {
			t.Errorf("%s: %v", rel, err)
		}
		checkItems(t, items)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 70 {
		t.Errorf("walked %d export files, want the 72 of the corpus", n)
	}
}
