package html

import (
	"net/url"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mode says which extractors read a page, by its size.
type mode int

const (
	both            mode = iota // Trafilatura, with Readability's candidate as its fallback
	readabilityOnly             // too many elements for Trafilatura
	densestOnly                 // too much text for either (see densest)
)

func modeFor(elems, text int) mode {
	switch {
	case text > maxReadabilityText:
		return densestOnly
	case elems > maxElements || text > maxTrafilaturaText:
		return readabilityOnly
	}
	return both
}

// extraction is what the extractors found in one page.
type extraction struct {
	body    *html.Node          // the article content chosen
	read    readability.Article // Readability's result, for its metadata
	traf    trafilatura.Metadata
	hasTraf bool
}

// extract reads the article of doc. Trafilatura chooses the body: on the
// benchmark pages it keeps less chrome than Readability. Readability's
// candidate is handed to it as the fallback it compares against (instead
// of the older go-shiori port it would run itself), and Readability's
// result is kept for the metadata, where it follows Mozilla's rules.
//
// Readability is given no page address, so it leaves pictures' addresses
// as the page wrote them: relative ones point into a saved page's folder.
// In the other modes it works on doc itself instead of a copy, since doc
// is not read again.
func extract(doc *html.Node, pageURL *url.URL, m mode) extraction {
	var ex extraction
	p := readability.NewParser()
	switch m {
	case readabilityOnly:
		if r, err := p.ParseAndMutate(doc, nil); err == nil {
			ex.read = r
		}
		ex.body = ex.read.Node
		return ex
	case densestOnly:
		// Readability reads the metadata from the head alone; the body
		// is found in one pass.
		body := element(doc, atom.Body)
		if body != nil {
			body.Parent.RemoveChild(body)
		}
		if r, err := p.ParseAndMutate(doc, nil); err == nil {
			ex.read = r
		}
		if body != nil {
			ex.body = gather(densest(body))
		}
		return ex
	}
	if r, err := p.ParseDocument(doc, nil); err == nil {
		ex.read = r
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

// element is the first element of kind a in doc.
func element(doc *html.Node, a atom.Atom) *html.Node {
	var out *html.Node
	find(doc, func(n *html.Node) bool {
		if n.DataAtom == a {
			out = n
		}
		return out != nil
	})
	return out
}

// gather moves nodes, in order, into one new container; nil for none.
func gather(nodes []*html.Node) *html.Node {
	if len(nodes) == 0 {
		return nil
	}
	box := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		box.AppendChild(n)
	}
	return box
}
