package epub

import (
	"fmt"
	"strings"
)

// pkg is the package document (OPF): metadata, manifest and spine. Element
// names are matched without their namespace, so EPUB 2 (dc: and opf:
// prefixes) and EPUB 3 files read alike.
type pkg struct {
	Version  string   `xml:"version,attr"`
	Metadata metadata `xml:"metadata"`
	Items    []item   `xml:"manifest>item"`
	Spine    struct {
		Toc  string `xml:"toc,attr"`
		Dir  string `xml:"page-progression-direction,attr"`
		Refs []struct {
			IDRef  string `xml:"idref,attr"`
			Linear string `xml:"linear,attr"`
		} `xml:"itemref"`
	} `xml:"spine"`

	byID map[string]item // the manifest by id, built on first use
}

// metadata holds the Dublin Core elements Gloss shows, and the EPUB 3
// <meta refines> that qualify them (title-type, role).
type metadata struct {
	Titles     []dcValue `xml:"title"`
	Creators   []dcValue `xml:"creator"`
	Dates      []dcValue `xml:"date"`
	Languages  []dcValue `xml:"language"`
	Publishers []dcValue `xml:"publisher"`
	Metas      []struct {
		Refines  string `xml:"refines,attr"`
		Property string `xml:"property,attr"`
		Value    string `xml:",chardata"`
	} `xml:"meta"`
}

// dcValue is one Dublin Core element; Role and Event are the EPUB 2
// opf:role and opf:event attributes.
type dcValue struct {
	ID    string `xml:"id,attr"`
	Role  string `xml:"role,attr"`
	Event string `xml:"event,attr"`
	Value string `xml:",chardata"`
}

// item is one manifest entry; Href is relative to the package document.
type item struct {
	ID         string `xml:"id,attr"`
	Href       string `xml:"href,attr"`
	MediaType  string `xml:"media-type,attr"`
	Properties string `xml:"properties,attr"`
}

// readPackage reads and decodes the package document at path p.
func (a *archive) readPackage(p string) (*pkg, error) {
	data, err := a.read(p, maxXMLSize)
	if err != nil {
		return nil, fmt.Errorf("package document: %w", err)
	}
	var pk pkg
	if err := decodeXML(data, &pk); err != nil {
		return nil, fmt.Errorf("package document %s is not valid XML (%w): %w", p, err, ErrMalformed)
	}
	if len(pk.Items) == 0 || len(pk.Spine.Refs) == 0 {
		return nil, fmt.Errorf("package document %s has no manifest or no spine: %w", p, ErrMalformed)
	}
	return &pk, nil
}

// item returns the manifest item with the given id.
func (p *pkg) item(id string) (item, bool) {
	if p.byID == nil {
		p.byID = make(map[string]item, len(p.Items))
		for _, it := range p.Items {
			if _, dup := p.byID[it.ID]; !dup {
				p.byID[it.ID] = it
			}
		}
	}
	it, ok := p.byID[id]
	return it, ok
}

// nav returns the EPUB 3 navigation document's manifest item.
func (p *pkg) nav() (item, bool) {
	for _, it := range p.Items {
		if hasWord(it.Properties, "nav") {
			return it, true
		}
	}
	return item{}, false
}

// ncx returns the EPUB 2 table of contents' manifest item: the one the
// spine names, else any item of the NCX media type.
func (p *pkg) ncx() (item, bool) {
	if it, ok := p.item(p.Spine.Toc); ok && p.Spine.Toc != "" {
		return it, true
	}
	for _, it := range p.Items {
		if it.MediaType == "application/x-dtbncx+xml" {
			return it, true
		}
	}
	return item{}, false
}

// isText reports whether a manifest item is a content document Gloss
// reads: XHTML, or HTML and OEB 1 documents that old books use.
func (it item) isText() bool {
	switch strings.ToLower(strings.TrimSpace(it.MediaType)) {
	case "application/xhtml+xml", "text/html", "text/x-oeb1-document", "application/html":
		return true
	}
	return false
}

// hasWord reports whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}
