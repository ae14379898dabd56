package export

import (
	"errors"
	"testing"
)

// Ensure that every format renders the sample articles as in its golden file.
func TestRender_Golden(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		arts   []Article
		opts   Options
	}{
		{"article.md", Markdown, sampleArticles()[:1], Options{}},
		{"combined.md", Markdown, sampleArticles(), Options{OneFile: true}},
		{"sample.csv", CSV, sampleArticles(), Options{}},
		{"sample.json", JSON, sampleArticles(), Options{}},
		{"sample.html", HTML, sampleArticles(), Options{}},
		{"sample.txt", Text, sampleArticles(), Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Render(tt.format, tt.arts, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.name, got)
		})
	}
}

// Ensure that an unknown format is refused with ErrUnknownFormat.
func TestRender_UnknownFormat(t *testing.T) {
	if _, err := Render("docx", nil, Options{}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("Render(docx) error = %v, want ErrUnknownFormat", err)
	}
	if f, err := ParseFormat(".MD"); f != Markdown || err != nil {
		t.Errorf("ParseFormat(.MD) = %q, %v; want md", f, err)
	}
}
