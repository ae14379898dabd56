package export

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// Ensure that every string written into front matter reads back as the
// same string with a real YAML parser, plain where that is safe.
func TestYAMLString(t *testing.T) {
	tests := []struct {
		in    string
		plain bool
	}{
		{"Ana Ruiz", true},
		{"2024-02-29", false}, // a date for Obsidian, checked below
		{"The Coast Gazette", true},
		{"yes", false}, {"No", false}, {"null", false}, {"~", false}, {"true", false},
		{"0x1F", false}, {"1e3", false}, {"12", false}, {"-3", false}, {"1:30", false}, {".inf", false},
		{"a: b", false}, {"# not a comment", false}, {"- item", false}, {"[x]", false}, {"{x}", false},
		{"*alias", false}, {"&anchor", false}, {"!tag", false}, {"%dir", false}, {"@at", false}, {"`tick", false},
		{"'single'", false}, {"\"double\"", false}, {"trailing ", false}, {" leading", false},
		{"line\nbreak", false}, {"tab\there", false}, {"bell\x07", false}, {"nel\u0085", false}, {"ls\u2028", false},
		{"bom\ufeff", false}, {"back\\slash", false}, {"Café über", true}, {"emoji 🎣", false}, {"", false},
	}
	for _, tt := range tests {
		out := yamlString(tt.in)
		var got map[string]any
		if err := yaml.Unmarshal([]byte("k: "+out+"\n"), &got); err != nil {
			t.Errorf("yamlString(%q) = %s: %v", tt.in, out, err)
			continue
		}
		if tt.in == "2024-02-29" {
			if out != tt.in {
				t.Errorf("date written as %s, want plain for Obsidian", out)
			}
			continue
		}
		if s, ok := got["k"].(string); !ok || s != tt.in {
			t.Errorf("yamlString(%q) = %s reads back as %#v", tt.in, out, got["k"])
		}
		if isPlain := !strings.HasPrefix(out, `"`); tt.plain && !isPlain {
			t.Errorf("yamlString(%q) = %s, want it plain", tt.in, out)
		}
	}
}

// Ensure that generated front matter parses and holds the article's fields.
func TestFrontMatter_Parses(t *testing.T) {
	a := sampleArticles()[0]
	out, err := Render(Markdown, []Article{a}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lines, _, ok := frontMatter(string(out))
	if !ok {
		t.Fatal("no front matter")
	}
	var fm struct {
		Title   string   `yaml:"title"`
		URL     string   `yaml:"url"`
		Tags    []string `yaml:"tags"`
		GlossID uint64   `yaml:"gloss_id"`
	}
	if err := yaml.Unmarshal([]byte(strings.Join(lines, "\n")), &fm); err != nil {
		t.Fatal(err)
	}
	if fm.Title != a.Title || fm.URL != a.URL || fm.GlossID != 7 || strings.Join(fm.Tags, ",") != "local-news,infrastructure" {
		t.Errorf("front matter = %+v", fm)
	}
}
