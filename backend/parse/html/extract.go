package html

import (
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// extraction is what the two extractors found in one page.
type extraction struct {
	body    *html.Node          // the article content chosen (Trafilatura's)
	read    readability.Article // Readability's result, for its metadata
	traf    trafilatura.Metadata
	hasTraf bool
}

// extract runs both extractors on doc. Trafilatura chooses the body: on
// the benchmark pages it keeps less chrome than Readability. Readability's
// candidate is handed to it as the fallback it compares against (instead
// of the older go-shiori port it would run itself), and Readability's
// result is kept for the metadata, where it follows Mozilla's rules.
// With useTraf false only Readability runs (see maxTrafilaturaText).
func extract(doc *html.Node, pageURL *url.URL, useTraf bool) extraction {
	var ex extraction
	p := readability.NewParser()
	if r, err := p.ParseDocument(doc, pageURL); err == nil {
		ex.read = r
	}
	if !useTraf {
		ex.body = ex.read.Node
		return ex
	}
	opts := trafilatura.Options{
		OriginalURL:    pageURL,
		EnableFallback: true,
		// Trafilatura's image handling lets caption text into the body;
		// figures and captions come from Readability's tree instead.
		IncludeImages: false,
		// Dates come from metadata; scanning the whole text for them
		// with the multilingual date parser costs more than the rest.
		HtmlDateMode: trafilatura.Disabled,
	}
	if ex.read.Node != nil {
		opts.FallbackCandidates = &trafilatura.FallbackCandidates{Readability: ex.read.Node}
	}
	if r, err := trafilatura.ExtractDocument(doc, opts); err == nil && r != nil {
		ex.body, ex.traf, ex.hasTraf = r.ContentNode, r.Metadata, true
	}
	if ex.body == nil {
		ex.body = ex.read.Node
	}
	return ex
}
