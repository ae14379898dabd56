package epub

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"golang.org/x/net/html"

	"gloss/backend/model"
)

// tocTitles maps each content document's archive path to its title in the
// book's table of contents: the EPUB 3 navigation document's toc, else the
// EPUB 2 NCX. A document's first entry wins, since later ones point at
// sections inside it. A missing or broken table of contents only costs the
// chapter headings, so its errors are not the book's.
func (a *archive) tocTitles(opf string, p *pkg) map[string]string {
	if it, ok := p.nav(); ok {
		if doc, err := resolve(opf, it.Href); err == nil {
			if data, err := a.read(doc, MaxEntrySize); err == nil {
				if t := navTitles(doc, data, &a.tags); len(t) > 0 {
					return t
				}
			}
		}
	}
	if it, ok := p.ncx(); ok {
		if doc, err := resolve(opf, it.Href); err == nil {
			if data, err := a.read(doc, maxXMLSize); err == nil {
				return ncxTitles(doc, data)
			}
		}
	}
	return map[string]string{}
}

// navTitles reads the links of an EPUB 3 navigation document's toc nav
// (epub:type="toc"), or of its first nav when none is marked, spending one
// of *tags per tag and attribute and stopping when they run out.
func navTitles(doc string, data []byte, tags *int) map[string]string {
	z := html.NewTokenizer(bytes.NewReader(toUTF8(data)))
	titles := map[string]string{}
	var nav, navs int // depth inside the toc nav; navs seen
	var href string
	var label strings.Builder
	inLink := false
	for {
		tt := z.Next()
		if tt == html.EndTagToken {
			*tags--
		}
		if *tags < 0 {
			return titles
		}
		switch tt {
		case html.ErrorToken:
			return titles
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			var attrs attrs
			if hasAttr {
				attrs = readAttrs(z)
			}
			*tags -= 1 + attrs.n
			z.NextIsNotRawText()
			switch {
			case string(name) == "nav" && tt == html.StartTagToken && nav > 0:
				nav++
			case string(name) == "nav" && tt == html.StartTagToken:
				navs++
				if hasWord(attrs.epubType, "toc") || (navs == 1 && attrs.epubType == "") {
					nav = 1
				}
			case string(name) == "a" && nav > 0 && tt == html.StartTagToken:
				inLink, href = true, attrs.href
				label.Reset()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch {
			case string(name) == "nav" && nav > 0:
				nav--
			case string(name) == "a" && inLink:
				inLink = false
				addTitle(titles, doc, href, label.String())
			}
		case html.TextToken:
			if inLink {
				label.Write(z.Text())
			}
		}
	}
}

// ncxTitles reads an EPUB 2 NCX: each navPoint's navLabel text and the
// src of its content element, in document order. It streams the tokens,
// so nesting depth costs nothing.
func ncxTitles(doc string, data []byte) map[string]string {
	d := xml.NewDecoder(bytes.NewReader(toUTF8(data)))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	titles := map[string]string{}
	var label strings.Builder
	inNav, inNavLabel, inText := false, false, false
	for {
		tok, err := d.Token()
		if err != nil {
			return titles
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "navMap":
				inNav = true
			case "navLabel":
				inNavLabel = inNav
				label.Reset()
			case "text":
				inText = inNavLabel
			case "content":
				for _, at := range t.Attr {
					if inNav && at.Name.Local == "src" {
						addTitle(titles, doc, at.Value, label.String())
					}
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "navMap":
				inNav = false
			case "navLabel":
				inNavLabel = false
			case "text":
				inText = false
			}
		case xml.CharData:
			if inText {
				label.Write(t)
			}
		}
	}
}

// addTitle records label as the title of the document href points to,
// unless that document already has one.
func addTitle(titles map[string]string, doc, href, label string) {
	p, err := resolve(doc, href)
	label = model.Fold(label)
	if err != nil || label == "" {
		return
	}
	if _, ok := titles[p]; !ok {
		titles[p] = label
	}
}
