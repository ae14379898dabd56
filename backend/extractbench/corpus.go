package extractbench

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one page of the extraction benchmark: its HTML and the article
// body a person marked as the truth.
type Page struct {
	ID    string
	URL   string
	HTML  []byte
	Truth string
}

type body struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// LoadPages reads the extraction folder (html/<id>.html.gz and
// ground-truth.json), in the order of the page ids.
func LoadPages(dir string) ([]Page, error) {
	truth := map[string]body{}
	if err := readJSON(filepath.Join(dir, "ground-truth.json"), &truth); err != nil {
		return nil, err
	}
	pages := make([]Page, 0, len(truth))
	for id, b := range truth {
		raw, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{ID: id, URL: b.URL, HTML: raw, Truth: b.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// LoadPeers reads peers/*.json: for each other extractor, by its file name
// without the extension, the text it extracted from each page id.
func LoadPeers(dir string) (map[string]map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "peers", "*.json"))
	if err != nil {
		return nil, fmt.Errorf("extractbench: %w", err)
	}
	out := map[string]map[string]string{}
	for _, f := range files {
		var p struct {
			Output map[string]body `json:"output"`
		}
		if err := readJSON(f, &p); err != nil {
			return nil, err
		}
		texts := map[string]string{}
		for id, b := range p.Output {
			texts[id] = b.ArticleBody
		}
		out[strings.TrimSuffix(filepath.Base(f), ".json")] = texts
	}
	return out, nil
}

// Dump is one whole-page text dump with the article body a person wrote down.
type Dump struct {
	ID    string
	Text  []byte
	Truth string
}

// LoadDumps reads the text-dumps folder (dump/<id>.txt, expected/<id>.txt).
func LoadDumps(dir string) ([]Dump, error) {
	files, err := filepath.Glob(filepath.Join(dir, "dump", "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("extractbench: %w", err)
	}
	sort.Strings(files)
	out := make([]Dump, 0, len(files))
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("extractbench: %w", err)
		}
		truth, err := os.ReadFile(filepath.Join(dir, "expected", id+".txt"))
		if err != nil {
			return nil, fmt.Errorf("extractbench: %w", err)
		}
		out = append(out, Dump{ID: id, Text: text, Truth: string(truth)})
	}
	return out, nil
}

// Meta is the metadata Mozilla's Readability tests expect for a page; nil
// fields mean the test expects nothing.
type Meta struct {
	Title         *string `json:"title"`
	Byline        *string `json:"byline"`
	SiteName      *string `json:"siteName"`
	PublishedTime *string `json:"publishedTime"`
	Lang          *string `json:"lang"`
	Dir           *string `json:"dir"`
}

// Case is one test page of Mozilla's Readability suite.
type Case struct {
	Name   string
	Source []byte
	Want   Meta
}

// LoadCases reads the readability folder (<name>/source.html and
// <name>/expected-metadata.json).
func LoadCases(dir string) ([]Case, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "expected-metadata.json"))
	if err != nil {
		return nil, fmt.Errorf("extractbench: %w", err)
	}
	sort.Strings(files)
	out := make([]Case, 0, len(files))
	for _, f := range files {
		c := Case{Name: filepath.Base(filepath.Dir(f))}
		if err := readJSON(f, &c.Want); err != nil {
			return nil, err
		}
		if c.Source, err = os.ReadFile(filepath.Join(filepath.Dir(f), "source.html")); err != nil {
			return nil, fmt.Errorf("extractbench: %w", err)
		}
		out = append(out, c)
	}
	return out, nil
}

func readJSON(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("extractbench: %w", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("extractbench: %s: %w", path, err)
	}
	return nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("extractbench: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("extractbench: %s: %w", path, err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("extractbench: %s: %w", path, err)
	}
	return raw, nil
}
