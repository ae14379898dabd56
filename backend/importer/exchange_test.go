package importer

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gloss/backend/model"
	"gloss/backend/notes"
	"gloss/backend/store"
)

// corpusFormats is the shared corpus's folder of other apps' exports.
const corpusFormats = "../../../shared/corpus/formats"

// exportFiles lists the export files of the corpus: all but licences,
// the schema and the protocol's HTTP messages.
func exportFiles(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(corpusFormats); err != nil {
		t.Skipf("corpus absent (%v): the shared corpus is not beside this checkout", err)
	}
	var out []string
	err := filepath.WalkDir(corpusFormats, func(path string, d os.DirEntry, err error) error {
		rel, _ := filepath.Rel(corpusFormats, path)
		base := d.Name()
		switch {
		case err != nil || d.IsDir():
			return err
		case base == "LICENSE" || base == "LICENSE.md" || base == "COPYING.md" || base == "SOURCE_COMMIT" ||
			base == "index.json" || base == "anno.jsonld" || strings.HasPrefix(rel, "hypothesis-api-schema") ||
			strings.HasPrefix(rel, filepath.Join("w3c-web-annotation", "protocol")):
			return nil
		}
		out = append(out, path)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func importOne(t *testing.T, im Importer, name string, data []byte) FileResult {
	t.Helper()
	rep := im.Import(context.Background(), []File{{Name: name, Data: data}}, nil)
	if len(rep.Files) != 1 {
		t.Fatalf("%s: %d results, want 1", name, len(rep.Files))
	}
	return rep.Files[0]
}

// highlightsOf returns every stored highlight, checking on the way that each
// placed one is exactly the text at its offsets.
func highlightsOf(t *testing.T, im Importer) []store.Highlight {
	t.Helper()
	st := im.Library.Store()
	var all []store.Highlight
	if err := st.AllHighlights(func(h store.Highlight) { all = append(all, h) }); err != nil {
		t.Fatal(err)
	}
	for _, h := range all {
		if h.Orphan {
			continue
		}
		_, body, err := st.Get(h.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		if r := []rune(body.Text); h.End > len(r) || string(r[h.Start:h.End]) != h.Exact {
			t.Fatalf("highlight %d of article %d: text at %d,%d is not %q", h.ID, h.ArticleID, h.Start, h.End, h.Exact)
		}
	}
	return all
}

// Ensure that every export file of the corpus imports with a format, that
// its highlights are stored as reported and placed exactly, and that a
// second import of the same file adds nothing.
func TestImport_CorpusExports(t *testing.T) {
	for _, path := range exportFiles(t) {
		rel, _ := filepath.Rel(corpusFormats, path)
		t.Run(rel, func(t *testing.T) {
			im := mustImporter(t)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(path)
			r := importOne(t, im, name, data)
			if name == "example-038.json" {
				// The collection only links to its pages.
				if !strings.HasPrefix(r.Error, name+": ") || !strings.Contains(r.Error, "nothing to import") {
					t.Fatalf("error = %q, want one naming the file and saying it holds nothing", r.Error)
				}
				return
			}
			if r.Error != "" || r.Format == "" {
				t.Fatalf("result %+v", r)
			}
			if r.Imported+r.Duplicates+r.Updated == 0 {
				t.Errorf("no article came of it: %+v", r)
			}
			if r.Highlights != r.Attached+r.Unmatched {
				t.Errorf("%d highlights, %d attached + %d unmatched", r.Highlights, r.Attached, r.Unmatched)
			}
			if n := len(highlightsOf(t, im)); n != r.Highlights {
				t.Errorf("%d highlights stored, the report says %d", n, r.Highlights)
			}
			again := importOne(t, im, name, data)
			if again.Error != "" || again.Imported != 0 || again.Updated != 0 || again.Highlights != 0 {
				t.Errorf("second import = %+v, want nothing new", again)
			}
		})
	}
}

// Ensure that Kindle clippings become one article per book whose text is
// its quotes, each highlighted, and that newer clippings of the same book
// grow it rather than adding a second one.
func TestImport_KindleBooks(t *testing.T) {
	im := mustImporter(t)
	clip := func(quote, loc string) string {
		return "The Quiet Book (Ann Author)\r\n- Your Highlight on page 3 | location " + loc +
			" | Added on Monday, 1 January 2024 10:00:00\r\n\r\n" + quote + "\r\n==========\r\n"
	}
	first := clip("The first quote of the book.", "10-11") + clip("A second quote, later on.", "20-21")
	r := importOne(t, im, "My Clippings.txt", []byte(first))
	if r.Format != "kindle" || r.Imported != 1 || r.Attached != 2 || r.Unmatched != 0 {
		t.Fatalf("first import = %+v; want 1 book, 2 highlights attached", r)
	}
	later := first + clip("A third quote, found after.", "30-31")
	r = importOne(t, im, "My Clippings.txt", []byte(later))
	if r.Imported != 0 || r.Updated != 1 || r.Attached != 1 {
		t.Fatalf("second import = %+v; want the book updated with 1 new highlight", r)
	}
	list, _ := im.Library.Store().List()
	if len(list) != 1 || list[0].Title != "The Quiet Book" || list[0].Byline != "Ann Author" || list[0].Highlights != 3 {
		t.Fatalf("library = %+v; want one book with 3 highlights", list)
	}
	for _, h := range highlightsOf(t, im) {
		if h.Orphan {
			t.Errorf("highlight %q is an orphan", h.Exact)
		}
	}
}

// addArticle stores an article with a URL, as if imported from its page.
func addArticle(t *testing.T, im Importer, title, url string, paras ...string) uint64 {
	t.Helper()
	var blocks []model.Block
	for _, p := range paras {
		blocks = append(blocks, model.Block{Kind: model.Paragraph, Text: p})
	}
	a := model.New(title, blocks)
	a.URL = url
	added, err := im.Library.Add([]store.Doc{{Source: "page.html", Article: a}})
	if err != nil {
		t.Fatal(err)
	}
	return added[0].ID
}

const w3cMarkets = `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
 "body": {"type": "TextualBody", "value": "Surprising number."},
 "target": {"source": "https://news.example.com/markets/",
  "selector": {"type": "TextQuoteSelector", "exact": "grew by 3%", "prefix": "The economy ", "suffix": " last year"}}}`

// Ensure that annotations attach to the stored article of their URL, with
// their note, and that annotations of a page not in the library become a
// document of their quotes which the page, imported later, replaces as its
// next version with the highlights moved into the whole text.
func TestImport_AnnotationsAttach(t *testing.T) {
	im := mustImporter(t)
	id := addArticle(t, im, "Markets", "https://news.example.com/markets", "Markets were calm. The economy grew by 3% last year, more than expected.")
	r := importOne(t, im, "notes.jsonld", []byte(w3cMarkets))
	if r.Format != "w3c" || r.Imported != 0 || r.Duplicates != 1 || r.Attached != 1 {
		t.Fatalf("report %+v; want the highlight attached to the stored article", r)
	}
	hs, _ := im.Library.Store().Highlights(id)
	if len(hs) != 1 || hs[0].Exact != "grew by 3%" || hs[0].Note != "Surprising number." {
		t.Fatalf("highlights of the article = %+v", hs)
	}

	other := strings.ReplaceAll(w3cMarkets, "markets/", "sport")
	r = importOne(t, im, "other.jsonld", []byte(other))
	if r.Imported != 1 || r.Attached != 1 {
		t.Fatalf("report %+v; want a document of the quote", r)
	}
	page := addArticle(t, im, "Sport", "https://news.example.com/sport", "In sport, the economy grew by 3% last year as well.")
	if page != r.IDs[0] {
		t.Fatalf("the page became article %d, want the next version of %d", page, r.IDs[0])
	}
	if _, err := notesOf(im).Reanchor(page); err != nil {
		t.Fatal(err)
	}
	hs, _ = im.Library.Store().Highlights(page)
	if len(hs) != 1 || hs[0].Orphan {
		t.Fatalf("after the page came: %+v; want the highlight placed in it", hs)
	}
	highlightsOf(t, im)
}

// Ensure that a Readwise CSV attaches to a stored article by its title
// when it has no URL, keeps quotes not in the text for review, and tags.
func TestImport_ReadwiseByTitle(t *testing.T) {
	im := mustImporter(t)
	id := addArticle(t, im, "On Slow Reading", "", "Reading slowly is a skill.", "It takes practice and patience.")
	csv := "Highlight,Book Title,Book Author,Note,Tags\r\n" +
		"It takes practice,On slow reading,Jane,my note,\"skills, habits\"\r\n" +
		"A sentence the article never had,On Slow Reading,Jane,,\r\n"
	r := importOne(t, im, "readwise.csv", []byte(csv))
	if r.Format != "readwise" || r.Imported != 0 || r.Attached != 1 || r.Unmatched != 1 {
		t.Fatalf("report %+v; want 1 attached, 1 unmatched, no new article", r)
	}
	hs, _ := im.Library.Store().Highlights(id)
	if len(hs) != 2 {
		t.Fatalf("%d highlights, want 2", len(hs))
	}
	for _, h := range hs {
		if h.Orphan != (h.Exact == "A sentence the article never had") {
			t.Errorf("highlight %q orphan = %v", h.Exact, h.Orphan)
		}
	}
}

// Ensure that reading lists become entries holding their links with the
// tags and marks of the export, that a link already stored is marked, not
// replaced, and that a second import changes nothing.
func TestImport_ReadingList(t *testing.T) {
	im := mustImporter(t)
	id := addArticle(t, im, "Two", "https://example.com/two", "The whole text of the second page.")
	csv := "title,url,time_added,tags,status\n" +
		"One,https://example.com/one,1700000000,news|long,unread\n" +
		"Two,https://example.com/two/,1690000000,,archive\n"
	r := importOne(t, im, "pocket.csv", []byte(csv))
	if r.Format != "pocket-csv" || r.Imported != 1 || r.Duplicates != 1 {
		t.Fatalf("report %+v; want 1 new link and 1 already stored", r)
	}
	e, _ := im.Library.Get(id)
	_, body, _ := im.Library.Store().Get(id)
	if !e.Archived || !e.Read || body.Text != "The whole text of the second page." {
		t.Errorf("stored article = %+v %q; want it archived and read, text kept", e, body.Text)
	}
	list, _ := im.Library.Store().List()
	one := list[len(list)-1]
	if one.URL != "https://example.com/one" || strings.Join(one.Tags, ",") != "long,news" {
		t.Errorf("new entry = %+v", one)
	}
	again := importOne(t, im, "pocket.csv", []byte(csv))
	after, _ := im.Library.Get(id)
	if again.Imported != 0 || again.Duplicates != 2 || !after.Updated.Equal(e.Updated) {
		t.Errorf("second import = %+v, updated %v -> %v; want nothing changed", again, e.Updated, after.Updated)
	}
}

// Ensure that a damaged export is refused with the file's name and what is
// wrong, and that nothing is stored.
func TestImport_BadExport(t *testing.T) {
	im := mustImporter(t)
	for name, data := range map[string]string{
		"broken.json": `{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": `,
		"empty.csv":   "Highlight,Title,Author,URL,Note,Location,Date\r\n",
	} {
		r := importOne(t, im, name, []byte(data))
		if !strings.HasPrefix(r.Error, name+": ") || r.Imported != 0 {
			t.Errorf("%s: result %+v; want an error naming the file", name, r)
		}
	}
	if list, _ := im.Library.Store().List(); len(list) != 0 {
		t.Errorf("%d articles stored after bad files", len(list))
	}
}

// Ensure that other apps' exports and articles in one import are reported
// in the order given.
func TestImport_MixedOrder(t *testing.T) {
	im := mustImporter(t)
	rep := im.Import(context.Background(), []File{
		{Name: "a.txt", Data: dump("Alpha headline here")},
		{Name: "w.jsonld", Data: []byte(w3cMarkets)},
		{Name: "b.txt", Data: dump("Beta headline here")},
	}, nil)
	var names []string
	for _, f := range rep.Files {
		names = append(names, f.File)
	}
	if strings.Join(names, " ") != "a.txt w.jsonld b.txt" || rep.Imported != 3 || rep.Highlights != 1 {
		t.Errorf("files %v, %d imported, %d highlights", names, rep.Imported, rep.Highlights)
	}
}

func notesOf(im Importer) notes.Notes { return notes.Notes{Lib: im.Library} }

// Ensure that each sample export of package exchange (Hypothesis and both
// Readwise layouts among them, which the corpus lacks) imports, and that a
// second import of it adds nothing.
func TestImport_ExchangeSamples(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "exchange", "testdata", "*.*"))
	n := 0
	for _, path := range paths {
		if strings.HasSuffix(path, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(path), func(t *testing.T) {
			im := mustImporter(t)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			r := importOne(t, im, filepath.Base(path), data)
			if r.Error != "" || r.Format == "" || r.Imported == 0 || r.Highlights != r.Attached+r.Unmatched {
				t.Fatalf("result %+v", r)
			}
			highlightsOf(t, im)
			if again := importOne(t, im, filepath.Base(path), data); again.Imported != 0 || again.Highlights != 0 {
				t.Errorf("second import = %+v, want nothing new", again)
			}
		})
	}
	if n < 10 {
		t.Errorf("%d samples, want the exchange package's dozen", n)
	}
}
