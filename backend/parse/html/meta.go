package html

import (
	"strings"
	"time"

	"github.com/itlightning/dateparse"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"gloss/backend/model"
)

// markupMeta is what the page's own markup says about it, read before
// the extractors run (one of them may rewrite the tree).
type markupMeta struct {
	lang, dir, url, published, time string
}

func readMarkupMeta(doc *html.Node) markupMeta {
	m := markupMeta{lang: rootAttr(doc, "lang"), dir: rootAttr(doc, "dir"), url: canonical(doc)}
	m.published, m.time = dates(doc)
	return m
}

// fillMeta sets the article's metadata from the extractors' findings, each
// field from the first source that has it: Readability first (it follows
// Mozilla's choices among meta tags and JSON-LD), then Trafilatura, then
// the markup itself.
func fillMeta(a *model.Article, m markupMeta, ex extraction) {
	r, t := ex.read, ex.traf
	a.Title = first(r.Title(), t.Title)
	a.Byline = first(r.Byline(), t.Author)
	a.Site = first(r.SiteName(), t.Sitename)
	a.Lang = first(r.Language(), m.lang, t.Language)
	a.URL = first(m.url, t.URL)
	if pub, err := r.PublishedTime(); err == nil {
		a.Published = isoDate(pub, m.published)
	} else if !t.Date.IsZero() {
		a.Published = isoDate(t.Date, "")
	} else if m.time != "" {
		if pub, err := dateparse.ParseAny(m.time); err == nil {
			a.Published = isoDate(pub, m.time)
		}
	}
	switch d := strings.ToLower(m.dir); d {
	case "rtl", "ltr":
		a.Dir = d
	}
}

func first(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// isoDate formats t as a date when the source gave no time of day (so no
// made-up midnight in UTC shifts the day), and as RFC 3339 otherwise.
func isoDate(t time.Time, raw string) string {
	if raw != "" && len(strings.TrimSpace(raw)) <= 10 {
		return t.Format("2006-01-02")
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Location() == time.UTC {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// dates reads, in one walk, the first published-time meta tag as written
// (used only to tell a bare date from a date-time) and the datetime of the
// first <time> element that has one.
func dates(doc *html.Node) (published, datetime string) {
	find(doc, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Meta:
			if published != "" {
				break
			}
			k := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
			if strings.HasSuffix(k, "published_time") || k == "datepublished" || k == "date" {
				published = attr(n, "content")
			}
		case atom.Time:
			if datetime == "" {
				datetime = attr(n, "datetime")
			}
		}
		return published != "" && datetime != ""
	})
	return published, datetime
}

// rootAttr reads an attribute of <html>, else of <body>.
func rootAttr(doc *html.Node, key string) string {
	var v string
	find(doc, func(n *html.Node) bool {
		if n.DataAtom == atom.Html || n.DataAtom == atom.Body {
			v = first(v, attr(n, key))
		}
		return n.DataAtom == atom.Body
	})
	return v
}

// canonical is the page's own address: <link rel=canonical>, else og:url.
func canonical(doc *html.Node) string {
	var link, og string
	find(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Link && strings.EqualFold(attr(n, "rel"), "canonical"):
			link = first(link, attr(n, "href"))
		case n.DataAtom == atom.Meta && attr(n, "property") == "og:url":
			og = first(og, attr(n, "content"))
		}
		return n.DataAtom == atom.Body
	})
	u := first(link, og)
	if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
		return "" // a relative or javascript: address tells the reader nothing
	}
	return u
}

// find visits elements in document order until visit returns true. It uses
// an explicit stack, so no page is deep enough to exhaust the call stack.
func find(root *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode && visit(n) {
			return
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}
